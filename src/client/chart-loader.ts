import { markReady } from './ready.ts';

/*
 * Chart.js (about 66 KB gzip) is fetched and run only when a chart comes near the screen: a phone
 * opens a long page without that work, and a reader who never scrolls to a chart never pays for
 * it. The print edition draws every chart at once; a page printed from the browser before its
 * charts were drawn prints their data tables (print.css).
 */
const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart]')];
let drawing: Promise<void> | undefined;

function drawAll(): Promise<void> {
  drawing ??= import('./charts.ts').then(({ drawChart }) => {
    figures.forEach(drawChart);
    markReady('charts');
  });
  return drawing;
}

if (document.documentElement.classList.contains('print-edition') || !('IntersectionObserver' in window)) {
  void drawAll();
} else {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void drawAll();
    },
    { rootMargin: '600px 0px' },
  );
  figures.forEach((figure) => observer.observe(figure));
}
