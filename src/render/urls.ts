import type { Page } from '../model/types.ts';

/** Every link the site makes, so that the base path is applied in exactly one place. */
export class Urls {
  readonly base: string;
  /** The one-document print edition: evidence marks become footnotes instead of cards. */
  readonly print: boolean = false;
  constructor(base: string) {
    this.base = base.endsWith('/') ? base : `${base}/`;
  }
  protected at(path: string): string {
    return this.base + path.split('/').map(encodeURIComponent).join('/');
  }
  home(): string {
    return this.base;
  }
  page(page: Pick<Page, 'id'>): string {
    return page.id === '' ? this.base : `${this.at(page.id)}/`;
  }
  /** A heading on a page, by the anchor the model gave it. */
  heading(page: Pick<Page, 'id'>, slug: string): string {
    return `${this.page(page)}#${encodeURIComponent(this.headingId(page, slug))}`;
  }
  /** The id a heading carries in the HTML. */
  headingId(_page: Pick<Page, 'id'>, slug: string): string {
    return slug;
  }
  dataset(id: string): string {
    return `${this.at(`data/${id}`)}/`;
  }
  /** A diagram as a standalone .svg file, which a phone's browser opens full screen and zooms; none in print. */
  diagram(name: string): string | undefined {
    return this.at(`_dossier/diagrams/${name}.svg`);
  }
  /** Where a dataset can be downloaded; undefined where downloads make no sense (print). */
  download(id: string, format: 'csv' | 'json'): string | undefined {
    return this.at(`data/${id}.${format}`);
  }
  claim(id: string): string {
    return `${this.base}claims/#claim-${encodeURIComponent(id)}`;
  }
  source(id: string): string {
    return `${this.base}sources/#source-${encodeURIComponent(id)}`;
  }
  claims(): string {
    return `${this.base}claims/`;
  }
  sources(): string {
    return `${this.base}sources/`;
  }
  search(): string {
    return `${this.base}search/`;
  }
  asset(path: string): string {
    return this.base + path;
  }
}

/**
 * Links inside the one-document print edition: every page, claim, source and dataset is a
 * section of the same HTML, so links are fragments and heading ids are made unique per page.
 */
export class PrintUrls extends Urls {
  override readonly print = true;
  private readonly index: Map<string, number>;
  constructor(base: string, pages: Pick<Page, 'id'>[]) {
    super(base);
    this.index = new Map(pages.map((page, i) => [page.id, i]));
  }
  override page(page: Pick<Page, 'id'>): string {
    return `#part-${this.index.get(page.id) ?? 0}`;
  }
  override heading(page: Pick<Page, 'id'>, slug: string): string {
    return `#${encodeURIComponent(this.headingId(page, slug))}`;
  }
  override headingId(page: Pick<Page, 'id'>, slug: string): string {
    return `p${this.index.get(page.id) ?? 0}-${slug}`;
  }
  override dataset(id: string): string {
    return `#dataset-${encodeURIComponent(id)}`;
  }
  override diagram(): undefined {
    return undefined;
  }
  override download(): undefined {
    return undefined;
  }
  override claim(id: string): string {
    return `#claim-${encodeURIComponent(id)}`;
  }
  override source(id: string): string {
    return `#source-${encodeURIComponent(id)}`;
  }
}
