/*
 * Runs in the page, after paged.js is loaded and before it lays out the document.
 *
 * paged.js does not repeat a table's header where a table continues on a new page: it rebuilds the
 * table element there (marked data-split-from) without calling any hook. The first row laid out
 * into such a table does go through renderNode, so the header is copied in at that moment, before
 * the following rows are measured.
 */
(() => {
  const { breakBefore, headingsAbove, measureKeptBlocks, nextBlock, nodeAt, nothingBefore, rowAt, startsThePage } =
    window.dossierPaged;

  class RepeatTableHeaders extends window.Paged.Handler {
    renderNode(clone, node) {
      if (clone.nodeType !== 1 || clone.tagName !== 'TR') return;
      const table = clone.closest('table[data-split-from]');
      const head = node.closest('table')?.querySelector(':scope > thead');
      if (!table || !head || table.querySelector(':scope > thead')) return;
      const copy = head.cloneNode(true);
      for (const element of [copy, ...copy.querySelectorAll('[data-ref]')]) element.removeAttribute('data-ref');
      copy.setAttribute('data-repeated', '');
      table.prepend(copy);
    }
  }

  /*
   * Blocks kept whole: figures the markup marks; a claim's evidence in appendix A up to its first
   * item (the label, "证据 (1)", alone at a page's foot reads as if the claim had none); a dataset's
   * facts in appendix C, which take its title and description along (leadingInto).
   */
  const KEPT = [
    '[data-keep-together]',
    '.claim-appendix-entry .claim-meta > div:has(.evidence-item)',
    '.dataset-appendix > .dataset-meta',
  ].join(', ');

  /** A kept block with the headings right above it, or else with a one- or two-line paragraph leading into it. */
  function leadingInto(kept) {
    const block = headingsAbove(kept);
    const previous = block.previousElementSibling;
    if (block !== kept || previous?.tagName !== 'P') return block;
    const line = parseFloat(window.getComputedStyle(previous).lineHeight) || 16;
    return previous.getBoundingClientRect().height <= 2.5 * line ? headingsAbove(previous) : block;
  }

  /*
   * paged.js breaks a table between any two rows, even where its figure asks to be kept together
   * (a caption left alone at the foot of a page). When the overflow starts inside a block marked
   * data-keep-together that does not start the page, the break moves to just before the block, and
   * before the headings right above it.
   */
  class KeepTogether extends window.Paged.Handler {
    onOverflow(overflow, rendered, bounds, layout) {
      if (!overflow) return undefined;
      const start =
        overflow.startContainer.nodeType === 1 ? overflow.startContainer : overflow.startContainer.parentElement;
      // The overflow starts either inside a kept block or just before it (or before the headings above it).
      let next =
        overflow.startContainer.nodeType === 1 ? overflow.startContainer.childNodes[overflow.startOffset] : null;
      if (next?.nodeType === 3 && !next.textContent.trim()) next = next.nextElementSibling;
      while (next && /^H[1-6]$/.test(next.tagName ?? '')) next = next.nextElementSibling;
      const kept = next?.matches?.(KEPT) ? next : start?.closest(KEPT);
      if (!kept || !rendered.contains(kept)) return undefined;
      // A claim's list of evidence may break between its items once the first is on this page.
      const first = kept.querySelector('.evidence-item');
      if (first && overflow.comparePoint(first, first.childNodes.length) < 0) return undefined;
      // A table that must break anyway breaks here, rather than leave the rest of this page empty.
      if (mayBreak(kept, bounds, rendered)) return undefined;
      // A chart or diagram a little too tall for the space left is drawn smaller rather than leave a half-empty page.
      // Footnotes take the foot of the page: the space left ends above them.
      const bottom = Math.min(bounds.bottom, layout.element.getBoundingClientRect().bottom);
      if (shrinkToFit(kept, bottom)) {
        const rest = layout.findOverflow(rendered, bounds);
        if (!rest || !kept.contains(rest.startContainer)) return rest ?? null;
      }
      // What introduces the block goes with it, rather than staying alone at the foot.
      const block = leadingInto(kept);
      if (startsThePage(block, rendered)) return undefined; // nothing to gain: it must split
      return breakBefore(block, overflow);
    }
  }

  /**
   * A table figure may break across pages (its caption, header and first rows staying together, see
   * TableTails and HeadWithFirstRow) when it is longer than the page, or longer than half a page
   * while at least a quarter of this page is free for it.
   */
  function mayBreak(kept, bounds, rendered) {
    // Heights were measured on a portrait page's width (measureKeptBlocks).
    if (!kept.querySelector('table') || kept.matches('.print-wide')) return false;
    const height = Number(kept.dataset.printHeight ?? 0);
    const free = bounds.bottom - kept.getBoundingClientRect().top;
    return (
      height > bounds.height ||
      (height > bounds.height / 2 && free > bounds.height / 4 && !startsThePage(kept, rendered))
    );
  }

  /** The drawing of a chart or diagram may lose up to this share of its height to fit a page. */
  const SHRINK_FLOOR = 0.6;

  /** Makes the figure's drawing short enough for the figure to end above the page's bottom; false (and unchanged) if that would take it below the floor. */
  function shrinkToFit(figure, bottom) {
    const art = figure.matches('.chart-figure, .diagram-figure') ? figure.querySelector('.chart-box, svg') : null;
    if (!art) return false;
    const height = art.getBoundingClientRect().height;
    const full = Number(art.dataset.fullHeight ?? height);
    const target = height - (figure.getBoundingClientRect().bottom - bottom) - 2;
    if (target >= height || target < full * SHRINK_FLOOR) return false;
    art.dataset.fullHeight = String(full);
    art.style.height = `${target}px`;
    if (art.tagName === 'svg') art.style.maxHeight = 'none';
    return true;
  }

  /*
   * No table ends with a single row on a new page, and none starts with a single row at the foot of
   * a page: the break moves up one row (the tail gets two), or the table moves to the next page.
   */
  class TableTails extends window.Paged.Handler {
    onOverflow(overflow, rendered) {
      const row = overflow && rowAt(overflow);
      const source = row && this.chunker.source.querySelector(`[data-ref="${row.dataset.ref}"]`);
      if (!source) return undefined;
      let after = 1;
      for (let next = source.nextElementSibling; next; next = next.nextElementSibling) after++;
      let before = 0;
      for (let prev = row.previousElementSibling; prev; prev = prev.previousElementSibling) before++;
      const table = row.closest('table');
      const whole = () =>
        table.hasAttribute('data-split-from')
          ? undefined
          : headingsAbove(table.closest('figure, .dataset-appendix, .table-block') ?? table);
      let cut;
      if (after === 1) cut = before >= 3 ? row.previousElementSibling : whole();
      else if (before === 1) cut = whole();
      if (!cut || startsThePage(cut, rendered)) return undefined;
      return breakBefore(cut, overflow);
    }
  }

  /*
   * Pages holding a draft page's text say so in the running header, before the report title.
   */
  class DraftHeader extends window.Paged.Handler {
    afterPageLayout(pageElement) {
      const section = pageElement.querySelector('.pagedjs_page_content section[data-draft]');
      const header = pageElement.querySelector('.pagedjs_margin-top-left > .pagedjs_margin-content');
      if (!section || !header) return;
      const mark = document.createElement('span');
      mark.className = 'draft-running';
      mark.textContent = section.dataset.draft;
      header.prepend(mark);
      header.classList.add('with-draft');
    }
  }

  /*
   * A table whose header fits at the foot of a page but whose first row does not would leave the
   * header alone there: the break moves to before the table (and its caption or heading).
   */
  class HeadWithFirstRow extends window.Paged.Handler {
    onOverflow(overflow, rendered) {
      if (!overflow) return undefined;
      const start =
        overflow.startContainer.nodeType === 1 ? overflow.startContainer : overflow.startContainer.parentElement;
      const table = start?.closest('table');
      const body = table?.querySelector(':scope > tbody');
      if (!table || !body || !rendered.contains(table) || (!body.contains(start) && start !== body)) return undefined;
      const before = document.createRange();
      before.setStart(body, 0);
      before.setEnd(overflow.startContainer, overflow.startOffset);
      if (before.toString().trim()) return undefined; // some rows stay with the header
      const block = headingsAbove(table.closest('.table-block') ?? table);
      if (startsThePage(block, rendered)) return undefined;
      return breakBefore(block, overflow);
    }
  }

  /*
   * A figure that does not fit in what is left of a page would leave a hole there: like a float in a
   * printed book, it moves down past the paragraphs that follow it (up to FLOAT_LIMIT of them, never
   * past a heading or another figure), which fill the page, and opens the next one.
   */
  class FloatFigures extends window.Paged.Handler {
    onPageLayout(wrapper) {
      this.wrapper = wrapper;
    }

    renderNode(clone, node, layout) {
      // Only once `node` is laid out with all it holds (a container copied empty is followed by its children).
      if (!this.wrapper || (node.childNodes.length > 0 && clone.childNodes.length === 0)) return;
      const figure = nextBlock(node);
      if (!figure?.matches?.('[data-keep-together][data-print-height]:not(.print-wide)')) return;
      // A heading right above the figure titles it: they stay together (KeepTogether).
      if (/^H[1-6]$/.test(figure.previousElementSibling?.tagName ?? '')) return;
      const moves = Number(figure.dataset.floated ?? 0);
      const text = figure.nextElementSibling;
      if (moves >= FLOAT_LIMIT || !text?.matches(FLOWING_TEXT)) return;
      const area = layout.element.getBoundingClientRect();
      const page = { top: area.top, bottom: Math.min(area.bottom, layout.bounds.bottom) };
      const contents = document.createRange();
      contents.selectNodeContents(this.wrapper);
      const free = page.bottom - contents.getBoundingClientRect().bottom;
      if (Number(figure.dataset.printHeight) <= free || free < (page.bottom - page.top) * HOLE) return;
      text.after(figure);
      figure.dataset.floated = String(moves + 1);
    }
  }

  /** Blocks of running text a figure may move past, and how many of them. */
  const FLOWING_TEXT = ':is(p, ul, ol, blockquote, .check-note):not([data-keep-together])';
  const FLOAT_LIMIT = 3;
  /** Share of the page left empty that is worth moving a figure for. */
  const HOLE = 0.25;

  /*
   * A heading never ends a page: where everything after it goes to the next page (paged.js does not
   * honour break-after: avoid there), the break moves to before the heading.
   */
  class HeadingWithNext extends window.Paged.Handler {
    onOverflow(overflow, rendered) {
      if (!overflow) return undefined;
      let block = nodeAt(overflow);
      if (block?.nodeType === 3) block = block.nextElementSibling;
      while (block && block !== rendered && !block.previousElementSibling) block = block.parentElement;
      const heading = block?.previousElementSibling;
      if (!heading || !/^H[1-6]$/.test(heading.tagName) || !rendered.contains(heading)) return undefined;
      if (!nothingBefore(block, overflow) || startsThePage(headingsAbove(heading), rendered)) return undefined;
      return breakBefore(headingsAbove(heading), overflow);
    }
  }

  /*
   * A claim of appendix A does not leave only its last line ("cited on") for the next page: its last
   * evidence item goes along, with the label when it is the only one.
   */
  class EntryTails extends window.Paged.Handler {
    onOverflow(overflow, rendered) {
      if (!overflow) return undefined;
      const start = nodeAt(overflow);
      const field = start?.nodeType === 1 ? start.closest('.claim-meta > div') : null;
      if (!field || field.nextElementSibling || !rendered.contains(field)) return undefined;
      if (!nothingBefore(field, overflow)) return undefined;
      // The last evidence item, or the whole field when it is the only one (its label goes along).
      const before =
        field.previousElementSibling?.querySelector('.evidence-item:last-child:not(:first-child)') ??
        field.previousElementSibling;
      if (!before || startsThePage(before, rendered)) return undefined;
      return breakBefore(before, overflow);
    }
  }

  measureKeptBlocks();
  // KeepTogether comes last but for the draft mark: where it moves a whole block, its break is the one taken.
  window.Paged.registerHandlers(
    RepeatTableHeaders,
    FloatFigures,
    HeadingWithNext,
    EntryTails,
    TableTails,
    HeadWithFirstRow,
    KeepTogether,
    DraftHeader,
  );
})();
