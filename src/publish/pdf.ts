import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { hasFigure } from '../model/queries.ts';
import type { Report } from '../model/types.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../node/chromium.ts';
import { serve } from './serve.ts';
import { fitTables } from './table-fit.ts';

const require = createRequire(import.meta.url);
// paged.js does not export its polyfill build; it is loaded by path (see STACK-NOTES).
const pagedPolyfill = readFileSync(
  join(dirname(require.resolve('pagedjs')), '..', 'dist', 'paged.polyfill.js'),
  'utf8',
);
// The layout handlers, after the helpers they share.
const layoutHandlers = ['paged-helpers.js', 'paged-handlers.js'].map((file) =>
  readFileSync(join(import.meta.dirname, file), 'utf8'),
);

export interface PdfResult {
  file: string;
  pages: number;
  /** Tables that could not be made to fit (see table-fit.ts). */
  diagnostics: Diagnostic[];
}

/*
 * Chromium prints every page at the one size of the document's @page rule; a landscape page made
 * by paged.js for `page: wide` (paged.css) needs its own named page rule in the laid-out document.
 */
const landscapePages = '@page wide { size: 297mm 210mm; margin: 0; } .pagedjs_wide_page { page: wide; }';

/**
 * Renders the built site's print edition (/print/) to dist/<id>.pdf: charts drawn (diagrams are SVG already),
 * canvases turned into images (paged.js copies a canvas blank), paged.js lays out A4 pages with the
 * table of contents, running header and footer; Chromium prints with bookmarks and tags.
 */
export async function writePdf(report: Report, site: string, base: string, shared?: Browser): Promise<PdfResult> {
  const server = await serve(site, base, { csp: false });
  // A build passes the browser that drew its diagrams: one Chromium launch per build.
  const browser = shared ?? (await launchChromium());
  try {
    // Charts are drawn at 4 device pixels per CSS pixel: their images print at well over 300 ppi.
    const page = await browser.newPage({ deviceScaleFactor: 4, viewport: { width: 794, height: 1123 } });
    // A long report on a busy machine takes well over Playwright's default 30 s to load and draw.
    page.setDefaultTimeout(300_000);
    // A second wall behind the resolver rules: the print edition may load only from our own server.
    await page.route(
      (url) => url.origin !== new URL(server.url).origin && url.protocol !== 'data:',
      (route) => route.abort('blockedbyclient'),
    );
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${server.url}print/`, { waitUntil: 'networkidle' });
    if (hasFigure(report, 'chart')) await page.waitForSelector('html[data-charts-ready]', { state: 'attached' });
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate(() => {
      for (const canvas of document.querySelectorAll('canvas')) {
        const img = document.createElement('img');
        img.src = canvas.toDataURL('image/png');
        img.alt = canvas.getAttribute('aria-label') ?? '';
        canvas.replaceWith(img);
      }
    });
    const diagnostics = await fitTables(page, report);
    await page.evaluate(() => {
      (window as unknown as { PagedConfig: object }).PagedConfig = { auto: false };
    });
    await page.addScriptTag({ content: pagedPolyfill });
    for (const content of layoutHandlers) await page.addScriptTag({ content });
    const pages = await page.evaluate(async () => {
      const polyfill = (window as unknown as { PagedPolyfill: { preview(): Promise<{ total: number }> } })
        .PagedPolyfill;
      const flow = await polyfill.preview();
      return flow.total;
    });
    await page.addStyleTag({ content: landscapePages });
    if (problems.length) throw new Error(`the print edition failed in Chromium: ${problems.join('; ')}`);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
    const file = join(site, `${report.meta.id}.pdf`);
    writeFileSync(file, await withMetadata(pdf, report));
    return { file, pages, diagnostics };
  } finally {
    if (!shared) await browser.close();
    await server.close();
  }
}

/** Title, authors, subject and language in the PDF's own metadata, where Chromium leaves them out. */
async function withMetadata(bytes: Uint8Array, report: Report): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const meta = report.meta;
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.authors ? `${meta.authors.join(', ')} (${meta.organisation})` : meta.organisation);
  doc.setSubject(meta.subtitle ?? meta.title);
  doc.setKeywords([meta.classification, meta.version, meta.date].filter((k): k is string => Boolean(k)));
  doc.setCreator('Dossier');
  doc.setProducer('Dossier (Chromium, paged.js, pdf-lib)');
  // Without the report's date the PDF keeps the day Chromium printed it.
  if (meta.date) doc.setCreationDate(new Date(`${meta.date}T00:00:00Z`));
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(meta.locale));
  return doc.save({ useObjectStreams: false });
}
