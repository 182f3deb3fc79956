import { markReady } from './ready.ts';

interface Mermaid {
  initialize(config: Record<string, unknown>): void;
  run(options: { nodes: HTMLElement[] }): Promise<void>;
}

/**
 * Mermaid's own prebuilt ESM build is copied to _dossier/mermaid/ by the build and loaded from
 * there: bundling it with Vite costs most of a build, and it then fetches only the diagram types used.
 */
async function drawDiagrams(): Promise<void> {
  const nodes = [...document.querySelectorAll<HTMLElement>('pre.mermaid')];
  if (nodes.length > 0) {
    const url = `${document.documentElement.dataset.base ?? '/'}_dossier/mermaid/mermaid.esm.min.mjs`;
    const { default: mermaid } = (await import(/* @vite-ignore */ url)) as { default: Mermaid };
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: 'neutral',
      fontFamily: getComputedStyle(document.documentElement).getPropertyValue('--font').trim() || 'sans-serif',
      // SVG text instead of HTML labels: sharp in print and extractable from the PDF.
      flowchart: { htmlLabels: false },
      htmlLabels: false,
    });
    await mermaid.run({ nodes });
  }
  markReady('diagrams');
}

void drawDiagrams();
