import { execFileSync } from 'node:child_process';

/** poppler-utils, as a reader's tools see the PDF. */
export function pdfinfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

export function pdffonts(file: string): { name: string; type: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const cols = line.trim().split(/\s{2,}|\s(?=yes|no)/);
    const type = /(Type 3|CID TrueType|CID Type 0C?|TrueType|Type 1C?)/.exec(line)?.[1] ?? '';
    return { name: cols[0] ?? '', type, embedded: / yes +(yes|no) +(yes|no) +\d+/.test(line) };
  });
}

/** The text of each page: in layout order, or in content order (`raw`, which keeps a wrapped table cell's text together). */
export function pageTexts(file: string, pages: number, mode: 'layout' | 'raw' = 'layout'): string[] {
  return Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), `-${mode}`, file, '-'], { encoding: 'utf8' }),
  );
}

/** One page as 8-bit grey pixels (PGM from pdftoppm). */
export function pagePixels(file: string, page: number, dpi = 40): Uint8Array {
  return pageImage(file, page, dpi).pixels;
}

/** One page as 8-bit grey pixels, row by row, with its size in pixels. */
function pageImage(file: string, page: number, dpi = 40): { width: number; height: number; pixels: Uint8Array } {
  const pgm = execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(dpi), '-gray', file], {
    maxBuffer: 64 << 20,
  });
  // Header: "P5\n<width> <height>\n255\n", then the pixels.
  const fields: string[] = [];
  let offset = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(pgm[offset]!))) offset++;
    const start = offset;
    while (!/\s/.test(String.fromCharCode(pgm[offset]!))) offset++;
    fields.push(pgm.subarray(start, offset).toString());
  }
  return { width: Number(fields[1]), height: Number(fields[2]), pixels: pgm.subarray(offset + 1) };
}

/**
 * The tallest blank band across a page's text area (between the running header and the footer, `top`
 * and `bottom` being the page margins in mm, src/styles/paged.css), as a share of that area's height:
 * about 0.5 on a half-empty page, whether the blank is at the foot or above the footnotes. Pictures
 * count as ink, like text.
 */
export function largestGap(file: string, page: number, top = 22, bottom = 20): number {
  const dpi = 40;
  const { width, height, pixels } = pageImage(file, page, dpi);
  const px = (mm: number) => Math.round((mm / 25.4) * dpi);
  const first = px(top);
  const last = height - px(bottom);
  let gap = 0;
  let run = 0;
  for (let y = first; y < last; y++) {
    const row = pixels.subarray(y * width, (y + 1) * width);
    run = row.some((v) => v < 200) ? 0 : run + 1;
    gap = Math.max(gap, run);
  }
  return gap / (last - first);
}
