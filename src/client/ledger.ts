/** Filters the claim ledger by verdict and chapter; the URL keeps the filter for sharing. */
const form = document.querySelector<HTMLFormElement>('form.ledger-filter');
const claims = [...document.querySelectorAll<HTMLElement>('[data-claim]')];
const count = document.querySelector<HTMLElement>('.ledger-count');

function apply(): void {
  if (!form) return;
  const data = new FormData(form);
  const verdict = String(data.get('verdict') ?? '');
  const chapter = String(data.get('chapter') ?? '');
  let shown = 0;
  for (const claim of claims) {
    const visible =
      (!verdict || claim.dataset.verdict === verdict) &&
      (!chapter || (claim.dataset.chapters ?? '').split(' ').includes(chapter));
    claim.hidden = !visible;
    if (visible) shown++;
  }
  if (count)
    count.textContent = (count.dataset.template ?? '{shown}/{total}')
      .replace('{shown}', String(shown))
      .replace('{total}', String(claims.length));
  const params = new URLSearchParams();
  if (verdict) params.set('verdict', verdict);
  if (chapter) params.set('chapter', chapter);
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}${location.hash}`);
}

if (form) {
  const params = new URLSearchParams(location.search);
  for (const name of ['verdict', 'chapter']) {
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    if (select && params.get(name)) select.value = params.get(name)!;
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}

/** A link to one claim (`#claim-ID`, from a mark's card) opens that claim's full entry. */
function openTarget(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const row = id ? document.getElementById(id) : null;
  row?.querySelector('details')?.setAttribute('open', '');
}
window.addEventListener('hashchange', openTarget);
openTarget();
