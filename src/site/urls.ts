import type { Page } from '../model/types.ts';

/** Every link the site makes, so that the base path is applied in exactly one place. */
export class Urls {
  readonly base: string;
  constructor(base: string) {
    this.base = base.endsWith('/') ? base : `${base}/`;
  }
  private at(path: string): string {
    return this.base + path.split('/').map(encodeURIComponent).join('/');
  }
  home(): string {
    return this.base;
  }
  page(page: Pick<Page, 'id'>): string {
    return page.id === '' ? this.base : `${this.at(page.id)}/`;
  }
  dataset(id: string): string {
    return `${this.at(`data/${id}`)}/`;
  }
  download(id: string, format: 'csv' | 'json'): string {
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
