// Parses Mermaid diagrams on a worker thread, so the main thread reads the rest of the report
// meanwhile. Plain JavaScript: it runs as is under Node, tsx, vitest and Astro alike.
// Mermaid's parser needs a DOM (DOMPurify), hence jsdom.
import { parentPort } from 'node:worker_threads';
import { JSDOM } from 'jsdom';

const { window } = new JSDOM('<!doctype html><html><body></body></html>');
for (const key of ['window', 'document', 'DOMParser', 'Element', 'HTMLElement']) {
  if (!(key in globalThis)) globalThis[key] = key === 'window' ? window : window[key];
}
const { default: mermaid } = await import('mermaid');

parentPort.on('message', async ({ id, source }) => {
  try {
    await mermaid.parse(source);
    parentPort.postMessage({ id });
  } catch (error) {
    parentPort.postMessage({ id, message: error?.message ?? String(error), loc: error?.hash?.loc });
  }
});
