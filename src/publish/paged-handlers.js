/*
 * Runs in the page, after paged.js is loaded and before it lays out the document.
 *
 * paged.js does not repeat a table's header where a table continues on a new page: it rebuilds the
 * table element there (marked data-split-from) without calling any hook. The first row laid out
 * into such a table does go through renderNode, so the header is copied in at that moment, before
 * the following rows are measured.
 */
(() => {
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
   * paged.js breaks a table between any two rows, even where its figure asks to be kept together
   * (a caption left alone at the foot of a page). When the overflow starts inside a block marked
   * data-keep-together that does not start the page, the break moves to just before the block, and
   * before the headings right above it.
   */
  class KeepTogether extends window.Paged.Handler {
    onOverflow(overflow, rendered) {
      if (!overflow) return undefined;
      const start = overflow.startContainer.nodeType === 1 ? overflow.startContainer : overflow.startContainer.parentElement;
      let block = start?.closest('[data-keep-together]');
      if (!block || !rendered.contains(block)) return undefined;
      // A heading right above the block goes with it, rather than staying alone at the foot.
      while (/^H[1-6]$/.test(block.previousElementSibling?.tagName ?? '')) block = block.previousElementSibling;
      if (startsThePage(block, rendered)) return undefined; // nothing to gain: it must split
      const range = document.createRange();
      range.setStartBefore(block);
      range.setEnd(overflow.endContainer, overflow.endOffset);
      return range;
    }
  }

  /** True when nothing with content comes before `block` in this page's content. */
  function startsThePage(block, rendered) {
    for (let node = block; node && node !== rendered; node = node.parentElement) {
      for (let prev = node.previousSibling; prev; prev = prev.previousSibling) {
        if (prev.nodeType === 1 || (prev.nodeType === 3 && prev.textContent.trim())) return false;
      }
    }
    return true;
  }

  /*
   * A table whose header fits at the foot of a page but whose first row does not would leave the
   * header alone there: the break moves to before the table (and its caption or heading).
   */
  class HeadWithFirstRow extends window.Paged.Handler {
    onOverflow(overflow, rendered) {
      if (!overflow) return undefined;
      const start = overflow.startContainer.nodeType === 1 ? overflow.startContainer : overflow.startContainer.parentElement;
      const table = start?.closest('table');
      const body = table?.querySelector(':scope > tbody');
      if (!table || !body || !rendered.contains(table) || !body.contains(start) && start !== body) return undefined;
      const before = document.createRange();
      before.setStart(body, 0);
      before.setEnd(overflow.startContainer, overflow.startOffset);
      if (before.toString().trim()) return undefined; // some rows stay with the header
      let block = table.closest('.table-block') ?? table;
      while (/^H[1-6]$/.test(block.previousElementSibling?.tagName ?? '')) block = block.previousElementSibling;
      if (startsThePage(block, rendered)) return undefined;
      const range = document.createRange();
      range.setStartBefore(block);
      range.setEnd(overflow.endContainer, overflow.endOffset);
      return range;
    }
  }

  window.Paged.registerHandlers(RepeatTableHeaders, KeepTogether, HeadWithFirstRow);
})();
