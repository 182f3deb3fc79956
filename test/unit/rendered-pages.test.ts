import { describe, expect, it } from 'vitest';
import { pageFile } from '../../src/publish/rendered-pages.ts';

describe('the file a rendered page is written to', () => {
  it('follows the URL path under the base, decoded, as Astro writes directory-style pages', () => {
    expect(pageFile('/reports/go/', '/reports/go/')).toBe('index.html');
    expect(pageFile('/reports/go/%E7%8E%B0%E7%8A%B6/%E7%94%9F%E6%80%81/', '/reports/go/')).toBe('现状/生态/index.html');
    expect(pageFile('/reports/go/claims', '/reports/go/')).toBe('claims/index.html');
    expect(pageFile('/reports/go/404', '/reports/go/')).toBe('404.html');
    expect(pageFile('/data/cec/', '/')).toBe('data/cec/index.html');
  });
});
