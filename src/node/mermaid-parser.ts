import { Worker } from 'node:worker_threads';

import type { DiagramParser, DiagramVerdict } from '../model/mermaid-check.ts';

interface Verdict extends DiagramVerdict {
  id: number;
}

/** One worker for the whole process, loaded once; it keeps the process alive only while it has work. */
let shared: { worker: Worker; pending: Map<number, (verdict: Verdict) => void>; next: number } | undefined;

function sharedWorker() {
  if (shared) return shared;
  const worker = new Worker(new URL('./mermaid-worker.mjs', import.meta.url));
  const pending = new Map<number, (verdict: Verdict) => void>();
  worker.unref();
  worker.on('message', (verdict: Verdict) => {
    pending.get(verdict.id)?.(verdict);
    pending.delete(verdict.id);
    if (pending.size === 0) worker.unref();
  });
  worker.on('error', (error) => {
    for (const [id, done] of pending) done({ id, message: `Mermaid could not run: ${error.message}` });
    pending.clear();
    shared = undefined;
  });
  shared = { worker, pending, next: 0 };
  return shared;
}

/**
 * Mermaid's verdict on one diagram, parsed on the shared worker thread (mermaid-worker.mjs):
 * no message when it parses, else Mermaid's message and, when it gives one, the location.
 */
export const parseInWorker: DiagramParser = (source) => {
  const worker = sharedWorker();
  const id = worker.next++;
  worker.worker.ref();
  const verdict = new Promise<Verdict>((done) => worker.pending.set(id, done));
  worker.worker.postMessage({ id, source });
  return verdict;
};
