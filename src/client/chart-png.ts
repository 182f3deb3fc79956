import type { ChartFrame } from '../render/chart-data.ts';

const PAD = 16;

/**
 * The chart as a PNG with its title above and its source below, so a file dropped into slides
 * still says what it shows and where the figures come from (the caveat is already on the canvas).
 */
export function downloadPng(canvas: HTMLCanvasElement, frame: ChartFrame, fontFamily: string): void {
  const scale = canvas.width / canvas.clientWidth || 1;
  const head = 30 * scale;
  const foot = 26 * scale;
  const out = document.createElement('canvas');
  out.width = canvas.width + 2 * PAD * scale;
  out.height = canvas.height + head + foot + PAD * scale;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = '#111';
  ctx.textBaseline = 'top';
  ctx.font = `600 ${16 * scale}px ${fontFamily}`;
  ctx.fillText([frame.title, frame.unit].filter(Boolean).join(' · '), PAD * scale, PAD * scale);
  ctx.drawImage(canvas, PAD * scale, head + PAD * scale * 0.5);
  ctx.fillStyle = '#444';
  ctx.font = `400 ${12 * scale}px ${fontFamily}`;
  ctx.fillText(frame.source, PAD * scale, canvas.height + head + PAD * scale);
  out.toBlob((blob) => {
    if (!blob) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${frame.file}.png`;
    link.click();
    // Revoked later, not at once: the browser reads the blob after the click returns.
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }, 'image/png');
}
