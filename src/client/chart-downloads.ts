import { BasicPlatform, Chart, type ChartConfiguration } from 'chart.js';
import type { ChartFrame } from '../render/chart-data.ts';

// One frame for both downloads: title and unit above the plot, source and as-of below, so a file
// dropped into slides still says what it shows and where the figures come from (the caveat on
// unverified data is drawn inside the plot by the chart itself).
const PAD = 16;
const HEAD = 30;
const FOOT = 26;
const TITLE = { weight: '600', size: 16, colour: '#111' };
const SOURCE = { weight: '400', size: 12, colour: '#444' };
const SVG_NS = 'http://www.w3.org/2000/svg';

const heading = (frame: ChartFrame) => [frame.title, frame.unit].filter(Boolean).join(' · ');

function save(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  // Revoked later, not at once: the browser reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** The chart as drawn on the page, as a PNG at the screen's pixel density. */
export function downloadPng(canvas: HTMLCanvasElement, frame: ChartFrame, fontFamily: string): void {
  const scale = canvas.width / canvas.clientWidth || 1;
  const out = document.createElement('canvas');
  out.width = canvas.width + 2 * PAD * scale;
  out.height = canvas.height + (HEAD + FOOT + PAD) * scale;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.textBaseline = 'top';
  ctx.fillStyle = TITLE.colour;
  ctx.font = `${TITLE.weight} ${TITLE.size * scale}px ${fontFamily}`;
  ctx.fillText(heading(frame), PAD * scale, PAD * scale);
  ctx.drawImage(canvas, PAD * scale, (HEAD + PAD / 2) * scale);
  ctx.fillStyle = SOURCE.colour;
  ctx.font = `${SOURCE.weight} ${SOURCE.size * scale}px ${fontFamily}`;
  ctx.fillText(frame.source, PAD * scale, canvas.height + (HEAD + PAD) * scale);
  out.toBlob((blob) => blob && save(blob, `${frame.file}.png`), 'image/png');
}

function svgText(text: string, x: number, y: number, style: typeof TITLE, fontFamily: string): SVGTextElement {
  const node = document.createElementNS(SVG_NS, 'text');
  // textContent, never markup: titles and sources are the author's text.
  node.textContent = text;
  for (const [name, value] of Object.entries({
    x,
    y,
    fill: style.colour,
    'font-family': fontFamily,
    'font-size': style.size,
    'font-weight': style.weight,
    'dominant-baseline': 'hanging',
  })) {
    node.setAttribute(name, String(value));
  }
  return node;
}

/**
 * The chart drawn again, by Chart.js itself, into an SVG drawing context: a vector file that
 * scales in slides and print. The SVG library is loaded only when a reader asks for the file.
 */
export async function downloadSvg(
  config: ChartConfiguration,
  width: number,
  height: number,
  frame: ChartFrame,
  fontFamily: string,
): Promise<void> {
  const { Context } = await import('svgcanvas/dist/svgcanvas.esm.js');
  const ctx = new Context({ width, height });
  // Chart.js asks its canvas for a context; the SVG context is both.
  Object.assign(ctx, { getContext: () => ctx });
  const chart = new Chart(ctx as unknown as CanvasRenderingContext2D, {
    ...config,
    platform: BasicPlatform,
    options: { ...config.options, responsive: false, animation: false, devicePixelRatio: 1 },
  });
  // A copy: destroying the chart clears the drawing context it drew into.
  const plot = ctx.getSvg().cloneNode(true) as SVGSVGElement;
  chart.destroy();
  const svg = document.createElementNS(SVG_NS, 'svg');
  const total = { width: width + 2 * PAD, height: height + HEAD + FOOT + PAD };
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('width', String(total.width));
  svg.setAttribute('height', String(total.height));
  svg.setAttribute('viewBox', `0 0 ${total.width} ${total.height}`);
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#fff');
  plot.setAttribute('x', String(PAD));
  plot.setAttribute('y', String(HEAD + PAD / 2));
  svg.append(
    background,
    svgText(heading(frame), PAD, PAD, TITLE, fontFamily),
    plot,
    svgText(frame.source, PAD, height + HEAD + PAD, SOURCE, fontFamily),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
  save(new Blob([xml], { type: 'image/svg+xml' }), `${frame.file}.svg`);
}
