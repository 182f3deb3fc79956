/** Marks a kind of figure as drawn, so the PDF exporter and tests know when a page is complete. */
export function markReady(kind: 'charts'): void {
  document.documentElement.dataset[`${kind}Ready`] = 'true';
}
