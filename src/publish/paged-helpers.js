/*
 * Runs in the page before paged-handlers.js: what the layout handlers there share, about where a
 * block stands in the page being laid out.
 */
(() => {
  /** The body row where an overflow starts, if it starts in a table body. */
  function rowAt(overflow) {
    const { startContainer, startOffset } = overflow;
    if (startContainer.nodeType === 1 && startContainer.tagName === 'TBODY')
      return startContainer.children[startOffset] ?? null;
    const element = startContainer.nodeType === 1 ? startContainer : startContainer.parentElement;
    const row = element?.closest('tr');
    return row?.parentElement?.tagName === 'TBODY' ? row : null;
  }

  /** A block with the headings right above it, which should not stay alone at the foot of a page. */
  function headingsAbove(block) {
    while (/^H[1-6]$/.test(block.previousElementSibling?.tagName ?? '')) block = block.previousElementSibling;
    return block;
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

  /** The next element the layout will reach after `node` and everything inside it, skipping blank text. */
  function nextBlock(node) {
    let at = node;
    while (at && !at.nextSibling) at = at.parentNode;
    at = at?.nextSibling;
    while (at && at.nodeType === 3 && !at.textContent.trim()) at = at.nextSibling;
    return at?.nodeType === 1 ? at : null;
  }

  /*
   * Before layout, while the content is one long column of the page's text width, each block kept
   * together records its height: the float decision above needs it before the block is laid out.
   */
  function measureKeptBlocks() {
    const body = document.body;
    const width = body.style.width;
    body.style.width = '174mm'; // A4 less the side margins of src/styles/paged.css
    for (const block of document.querySelectorAll('[data-keep-together]')) {
      const style = window.getComputedStyle(block);
      const height =
        block.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
      block.dataset.printHeight = String(Math.ceil(height));
    }
    body.style.width = width;
  }

  /** The node where an overflow starts: the child at its offset, or the element holding its text. */
  function nodeAt(overflow) {
    const { startContainer, startOffset } = overflow;
    return startContainer.nodeType === 1
      ? (startContainer.childNodes[startOffset] ?? startContainer)
      : startContainer.parentElement;
  }

  /** True when no text lies between the start of `node` and where the overflow starts. */
  function nothingBefore(node, overflow) {
    const range = document.createRange();
    range.setStartBefore(node);
    range.setEnd(overflow.startContainer, overflow.startOffset);
    return !range.toString().trim();
  }

  /** The overflow a handler returns to break the page just before `block` instead. */
  function breakBefore(block, overflow) {
    const range = document.createRange();
    range.setStartBefore(block);
    range.setEnd(overflow.endContainer, overflow.endOffset);
    return range;
  }

  window.dossierPaged = {
    breakBefore,
    headingsAbove,
    measureKeptBlocks,
    nextBlock,
    nodeAt,
    nothingBefore,
    rowAt,
    startsThePage,
  };
})();
