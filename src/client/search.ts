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
  const query = new URLSearchParams(location.search).get('q');
  if (query) ui.triggerSearch(query);
}

export {};
