/**
 * How each table of the print edition is laid out so that no cell is cut at the page edge:
 * as it is on a portrait page; else on a landscape page; else in smaller type down to a floor;
 * else split into parts that each repeat the key column. The widths come from Chromium
 * (src/publish/fit-tables.js measures every column's narrowest and natural width); the decision
 * is made here, from those numbers alone.
 */

/** One column as Chromium measured it at the base type size, in CSS pixels. */
export interface ColumnWidth {
  label: string;
  /** Narrowest width without breaking a word (the longest word or unbreakable string). */
  min: number;
  /** Width with no line wrapped at all. */
  max: number;
}

export interface TableMeasure {
  /** Index of the table in the print page, in document order. */
  index: number;
  /** The id of the figure or section holding the table, to say where it comes from. */
  holder: string;
  caption: string;
  /** Column index repeated in every part when the table is split (the row headings). */
  key: number;
  columns: ColumnWidth[];
}

export interface Geometry {
  /** Text width of a portrait and of a landscape page, in CSS pixels. */
  portrait: number;
  landscape: number;
  /** Type size of tables, and the smallest size a table may be set in, in points. */
  basePt: number;
  floorPt: number;
  /** A column is given at least this many CSS pixels at the base size, so words do not stack letter by letter. */
  comfort: number;
}

export interface TablePlan {
  index: number;
  /** Set on its own landscape page. */
  wide: boolean;
  fontPt: number;
  /** Column indexes of each part, the key column first; one part when the table is not split. */
  parts: number[][];
  /** Columns that do not fit a landscape page even alone with the key column at the floor size. */
  tooWide: ColumnWidth[];
}

/** Measured text widths of A4 with the margins of src/styles/paged.css (18 mm left and right). */
const mm = 96 / 25.4;
export const a4Geometry: Geometry = { portrait: 174 * mm, landscape: 261 * mm, basePt: 9, floorPt: 7, comfort: 72 };

/** Width a column needs to be read comfortably: at least its longest word, at least `comfort` unless its whole text is shorter. */
export const need = (c: ColumnWidth, g: Geometry = a4Geometry): number => Math.max(c.min, Math.min(c.max, g.comfort));

const sizes = (g: Geometry): number[] => {
  const list: number[] = [];
  for (let pt = g.basePt; pt >= g.floorPt - 1e-9; pt -= 0.5) list.push(Math.round(pt * 2) / 2);
  return list;
};

export function planTable(table: TableMeasure, g: Geometry = a4Geometry): TablePlan {
  const all = table.columns.map((_, i) => i);
  const width = (columns: number[], pt: number) =>
    columns.reduce((sum, i) => sum + need(table.columns[i]!, g), 0) * (pt / g.basePt);
  const whole = (wide: boolean, fontPt: number): TablePlan => ({
    index: table.index,
    wide,
    fontPt,
    parts: [all],
    tooWide: [],
  });
  if (width(all, g.basePt) <= g.portrait) return whole(false, g.basePt);
  for (const pt of sizes(g)) if (width(all, pt) <= g.landscape) return whole(true, pt);

  // Split: the largest size that needs no more parts than the floor size does.
  const floorParts = split(table, g.floorPt, width, g);
  const pt = sizes(g).find((size) => split(table, size, width, g).parts.length <= floorParts.parts.length) ?? g.floorPt;
  const { parts, tooWide } = split(table, pt, width, g);
  return { index: table.index, wide: true, fontPt: pt, parts, tooWide };
}

/** Packs the columns after the key column, in order, into parts that each fit a landscape page with the key column. */
function split(
  table: TableMeasure,
  pt: number,
  width: (columns: number[], pt: number) => number,
  g: Geometry,
): { parts: number[][]; tooWide: ColumnWidth[] } {
  const parts: number[][] = [];
  const tooWide: ColumnWidth[] = [];
  let part: number[] = [table.key];
  table.columns.forEach((column, i) => {
    if (i === table.key) return;
    if (width([...part, i], pt) <= g.landscape) {
      part.push(i);
      return;
    }
    if (part.length > 1) parts.push(part);
    part = [table.key, i];
    if (width(part, pt) > g.landscape) tooWide.push(column);
  });
  if (part.length > 1 || parts.length === 0) parts.push(part);
  return { parts, tooWide };
}
