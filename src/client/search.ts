declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => { triggerSearch(term: string): void };
  }
}

/** Pagefind's UI on the search page, in the report's language; `?q=` comes from the header's search box. */
const Ui = window.PagefindUI;
if (Ui) {
  const base = document.documentElement.dataset.base ?? '/';
  const ui = new Ui({ element: '#search', bundlePath: `${base}pagefind/`, showSubResults: true, showImages: false, resetStyles: false });
  // Pagefind labels its box only with a title; screen readers need a real label.
  const input = document.querySelector<HTMLInputElement>('#search input');
  input?.setAttribute('aria-label', document.querySelector('h1')?.textContent ?? 'Search');
  const query = new URLSearchParams(location.search).get('q');
  if (query) ui.triggerSearch(query);
}

export {};
