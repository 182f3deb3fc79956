/**
 * Search with Pagefind's JS API, drawn in the site's own style. Each hit links to the place it was
 * found: the heading, claim, source or dataset whose anchor (an element id) comes last before the
 * first matching word, so a ledger hit lands on the claim, not on the top of the ledger.
 */
interface Anchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  locations: number[];
  anchors: Anchor[];
}
interface Pagefind {
  search(q: string): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}

const PAGE_SIZE = 10;
const form = document.querySelector<HTMLFormElement>('.search-page-form');
const input = document.querySelector<HTMLInputElement>('#search-input');
const status = document.querySelector<HTMLElement>('.search-status');
const list = document.querySelector<HTMLOListElement>('.search-results');
const words = JSON.parse(status?.dataset.words ?? '{}') as Record<'searching' | 'count' | 'none' | 'more', string>;
const base = document.documentElement.dataset.base ?? '/';
let pagefind: Promise<Pagefind> | undefined;
let latest = 0;

/** Pagefind's excerpts mark matches with <mark>; keep only their text and those marks. */
function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  return [...(doc.body.firstChild?.childNodes ?? [])].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

/** The anchor nearest before the first hit: where the reader should land. */
function deepLink(data: ResultData): { url: string; label?: string } {
  const first = Math.min(...data.locations);
  const anchor = data.anchors.filter((a) => a.location <= first && a.id).at(-1);
  if (!anchor) return { url: data.url };
  return {
    url: `${data.url.split('#')[0]}#${encodeURIComponent(anchor.id)}`,
    ...(anchor.text ? { label: anchor.text } : {}),
  };
}

function item(data: ResultData): HTMLLIElement {
  const li = document.createElement('li');
  const link = deepLink(data);
  const title = document.createElement('a');
  title.href = link.url;
  title.className = 'search-result-link';
  title.textContent = data.meta.title ?? data.url;
  li.append(title);
  if (link.label && link.label !== data.meta.title) {
    const where = document.createElement('p');
    where.className = 'search-result-where';
    where.textContent = link.label;
    li.append(where);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result-excerpt';
  excerpt.append(...excerptNodes(data.excerpt));
  li.append(excerpt);
  return li;
}

async function run(query: string): Promise<void> {
  const mine = ++latest;
  if (!list || !status) return;
  list.replaceChildren();
  if (!query.trim()) return void (status.textContent = '');
  status.textContent = words.searching;
  // Loaded as a URL at run time: the index is written after the site is built.
  pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>;
  const search = await (await pagefind).search(query);
  if (mine !== latest || !search) return;
  status.textContent = (search.results.length ? words.count : words.none)
    .replace('{n}', String(search.results.length))
    .replace('{q}', () => query);
  let shown = 0;
  const more = async () => {
    const page = await Promise.all(search.results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
    if (mine !== latest) return;
    list.append(...page.map(item));
    shown += page.length;
    document.querySelector('.search-more')?.remove();
    if (shown < search.results.length) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'search-more';
      button.textContent = words.more;
      button.addEventListener('click', () => void more());
      list.after(button);
    }
  };
  await more();
}

const query = new URLSearchParams(location.search).get('q') ?? '';
if (input) input.value = query;
form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = input?.value ?? '';
  history.replaceState(null, '', `?q=${encodeURIComponent(q)}`);
  void run(q);
});
void run(query);

export {};
