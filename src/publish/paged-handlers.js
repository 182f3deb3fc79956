/*
 * Runs in the page, after paged.js is loaded and before it lays out the document.
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
  window.Paged.registerHandlers(RepeatTableHeaders);
})();
