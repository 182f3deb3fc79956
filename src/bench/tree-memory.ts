import { readdirSync, readFileSync } from 'node:fs';

const PAGE_KB = 4;

/**
 * A process's share of memory in KB: its proportional set size, where a page shared by n processes
 * counts 1/n in each (Chromium's processes share most of the browser binary), or its resident size
 * where the kernel gives no PSS.
 */
function memoryKb(pid: number, rssPages: number): number {
  try {
    const pss = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    if (pss) return Number(pss[1]);
  } catch {
    // No smaps_rollup (an older kernel), or the process ended.
  }
  return rssPages * PAGE_KB;
}

/** Memory (KB) of a process and all its descendants together, read from /proc (Linux). */
function treeKb(root: number): number {
  const children = new Map<number, number[]>();
  const rssPages = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Fields after the command name, which may itself hold spaces and parentheses.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), pid]);
      rssPages.set(pid, Number(fields[21]));
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    if (rssPages.has(pid)) total += memoryKb(pid, rssPages.get(pid)!);
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Samples the tree's memory every `everyMs` until stopped; returns the peak in MB. */
export function watchTreeMemory(root: number, everyMs = 250): () => number {
  let peak = 0;
  const sample = () => void (peak = Math.max(peak, treeKb(root)));
  sample();
  const timer = setInterval(sample, everyMs);
  return () => {
    clearInterval(timer);
    return peak / 1024;
  };
}
