/*
 * Runs in the print page before paged.js lays it out: `dossierTables.measure()` gives each visible
 * table's column widths (narrowest without breaking a word, and natural), src/publish/table-plan.ts
 * decides how each table fits, `dossierTables.apply(plans, partLabel)` lays it out that way.
 */
(() => {
  const visibleTables = () => [...document.querySelectorAll('table')].filter((table) => table.getClientRects().length > 0);

  /** Cell widths of the widest row when the table is as narrow (or as wide) as its words allow. */
  function columnWidths(table, row, width) {
    table.style.width = width;
    return [...row.cells].map((cell) => cell.getBoundingClientRect().width);
  }

  function measure() {
    return visibleTables().map((table, index) => {
      table.dataset.fitIndex = String(index);
      const rows = [...table.rows];
      const full = rows.reduce((a, b) => (b.cells.length > a.cells.length ? b : a), rows[0]);
      const style = table.getAttribute('style');
      const min = columnWidths(table, full, 'min-content');
      const max = columnWidths(table, full, 'max-content');
      if (style === null) table.removeAttribute('style');
      else table.setAttribute('style', style);
      const head = table.tHead?.rows[table.tHead.rows.length - 1] ?? full;
      const firstBodyRow = table.tBodies[0]?.rows[0];
      const key = Math.max(0, [...(firstBodyRow?.cells ?? [])].findIndex((cell) => cell.tagName === 'TH'));
      return {
        index,
        holder: table.closest('[id]')?.id ?? '',
        caption: table.caption?.textContent.trim() ?? '',
        key,
        columns: min.map((width, i) => ({ label: head.cells[i]?.textContent.trim() ?? '', min: width, max: max[i] })),
      };
    });
  }

  /** A landscape page takes the whole unit the table belongs to: its figure, or its appendix section with heading. */
  const unitOf = (table) => table.closest('[data-print-unit], figure') ?? table.closest('.table-block') ?? table;

  /** `plans` as from table-plan.ts, each with `labels`: the caption suffix of each part. */
  function apply(plans, basePt) {
    for (const plan of plans) {
      const table = document.querySelector(`table[data-fit-index="${plan.index}"]`);
      if (!table) continue;
      if (plan.fontPt !== basePt) table.style.fontSize = `${plan.fontPt}pt`;
      if (plan.tooWide.length) table.classList.add('fit-break-words');
      if (plan.wide) unitOf(table).classList.add('print-wide');
      if (plan.parts.length > 1) splitColumns(table, plan.parts, plan.labels);
    }
  }

  /** One table per part, each with the key column and its own caption "(part k of n)". */
  function splitColumns(table, parts, labels) {
    const copies = parts.map((columns, k) => {
      const copy = table.cloneNode(true);
      for (const row of copy.rows) {
        for (let i = row.cells.length - 1; i >= 0; i--) if (!columns.includes(i)) row.deleteCell(i);
      }
      const label = labels[k];
      if (copy.caption) copy.caption.append(` ${label}`);
      else copy.createCaption().textContent = label;
      // Links point at the first part only.
      if (k > 0) for (const element of [copy, ...copy.querySelectorAll('[id]')]) element.removeAttribute('id');
      copy.classList.add('table-part');
      return copy;
    });
    table.replaceWith(...copies);
  }

  window.dossierTables = { measure, apply };
})();
