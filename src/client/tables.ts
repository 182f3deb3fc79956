/** Click a column heading to sort a data table; a second click reverses the order. */
function sortable(table: HTMLTableElement): void {
  const headings = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
  headings.forEach((th, index) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...th.childNodes);
    th.append(button);
    th.setAttribute('aria-sort', 'none');
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      headings.forEach((other) => other.setAttribute('aria-sort', 'none'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const body = table.tBodies[0]!;
      const rows = [...body.rows];
      const value = (row: HTMLTableRowElement) => row.cells[index]?.dataset.value ?? '';
      const numeric = rows.every((row) => value(row) === '' || !Number.isNaN(Number(value(row))));
      rows.sort((a, b) => {
        const [x, y] = [value(a), value(b)];
        const order = numeric
          ? Number(x || -Infinity) - Number(y || -Infinity)
          : x.localeCompare(y, document.documentElement.lang);
        return ascending ? order : -order;
      });
      body.append(...rows);
    });
  });
}

document.querySelectorAll<HTMLTableElement>('table[data-sortable]').forEach(sortable);
