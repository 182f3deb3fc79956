/*
 * Runs in the print page before paged.js lays it out: `dossierTables.measure()` gives each visible
 * table's column widths (narrowest without breaking a word, and natural), src/publish/table-plan.ts
 * decides how each table fits, `dossierTables.apply(plans, partLabel)` lays it out that way.
 */
(() => {
  const visibleTables = () =>
    [...document.querySelectorAll('table')].filter((table) => table.getClientRects().length > 0);

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
      const key = Math.max(
        0,
        [...(firstBodyRow?.cells ?? [])].findIndex((cell) => cell.tagName === 'TH'),
      );
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

  /** Height of the text before a landscape table that may turn with it: about a third of a landscape page's text. */
  const LEAD_IN_PX = 200;
  const LEAD_IN = 'p, ul, ol, h1, h2, h3, h4, h5, h6';

  /*
   * The landscape pages start with the short text that leads into the table (the paragraph
   * introducing it; its section's heading and summary when the section holds nothing else that is
   * upright) rather than leave that text alone on a portrait page.
   */
  function turnWithLeadIn(unit, used = 0) {
    unit.classList.add('print-wide');
    let at = unit;
    for (
      let before = at.previousElementSibling;
      before?.matches(LEAD_IN) && !before.matches('.print-wide');
      before = at.previousElementSibling
    ) {
      used += before.getBoundingClientRect().height;
      if (used > LEAD_IN_PX) return;
      before.classList.add('print-wide');
      at = before;
    }
    // A container turns as a whole only when all it holds turns: a section that turns starts on the
    // landscape page, where the contents and bookmarks then point.
    const holder = unit.parentElement;
    if (holder && holder !== document.body && [...holder.children].every((child) => child.matches('.print-wide'))) {
      turnWithLeadIn(holder, used);
    }
  }

  /** `plans` as from table-plan.ts, each with `labels`: the caption suffix of each part. */
  function apply(plans, basePt) {
    for (const plan of plans) {
      const table = document.querySelector(`table[data-fit-index="${plan.index}"]`);
      if (!table) continue;
      if (plan.fontPt !== basePt) table.style.fontSize = `${plan.fontPt}pt`;
      if (plan.tooWide.length) table.classList.add('fit-break-words');
      if (plan.wide) turnWithLeadIn(unitOf(table));
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
