import { readdirSync, readFileSync } from 'node:fs';

const PAGE_KB = 4;

/** Resident memory (KB) of a process and all its descendants, read from /proc (Linux). */
function treeRssKb(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Fields after the command name, which may itself hold spaces and parentheses.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), pid]);
      rss.set(pid, Number(fields[21]) * PAGE_KB);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Samples the tree's memory every `everyMs` until stopped; returns the peak in MB. */
export function watchTreeMemory(root: number, everyMs = 250): () => number {
  let peak = 0;
  const sample = () => void (peak = Math.max(peak, treeRssKb(root)));
  sample();
  const timer = setInterval(sample, everyMs);
  return () => {
    clearInterval(timer);
    return peak / 1024;
  };
}
