import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeSafeUrls } from '../../src/markdown/safe-urls.ts';
import { parseMarkdown } from '../../src/model/load-pages.ts';
import { isAllowedImage, refusedLinkScheme } from '../../src/model/url-policy.ts';

/** Markdown → HTML with the same remark-rehype options as the site's renderer (src/markdown/render.ts). */
async function html(markdown: string): Promise<string> {
  const processor = unified().use(remarkRehype).use(rehypeSafeUrls).use(rehypeStringify);
  return processor.stringify(await processor.run(parseMarkdown(markdown)));
}

describe('URLs in report Markdown', () => {
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:x',
    ' \tjava\nscript:x',
    'vbscript:x',
    'data:text/html,<script>x</script>',
    'file:///etc/passwd',
  ])('refuses the link %j', (url) => {
    expect(refusedLinkScheme(url)).toBeDefined();
  });
  it.each(['https://example.org/', 'http://x', 'mailto:a@b', 'claim:x', '../a.md#b', '#h', '//example.org/x'])(
    'allows the link %j',
    (url) => {
      expect(refusedLinkScheme(url)).toBeUndefined();
    },
  );
  it.each([
    ['x.png', true],
    ['../img/x.png', true],
    ['data:image/png;base64,AA==', true],
    ['http://h/x.png', false],
    ['//h/x.png', false],
    ['data:text/html,x', false],
    ['javascript:x', false],
  ] as const)('image %j allowed: %s', (url, allowed) => expect(isAllowedImage(url)).toBe(allowed));

  it('are never written as live script links or remote images, even if validation were skipped', async () => {
    const out = await html(
      '[a](javascript:alert(1)) <JAVASCRIPT:alert(2)> [c][r] ![d](http://other.example/x.png) [ok](https://example.org/)\n\n[r]: &#106;avascript:alert(3)\n',
    );
    expect([...out.matchAll(/\b(?:href|src)="([^"]*)"/g)].map((m) => m[1])).toEqual(['https://example.org/']);
    expect(out).not.toContain('<img');
    expect(out).toContain('<a>a</a>'); // the link text stays
  });

  it('drops raw HTML: it never reaches the page', async () => {
    const out = await html(
      '<script>alert(1)</script>\n\ntext <img src=x onerror="alert(2)"> <a href="javascript:alert(3)">x</a>\n',
    );
    expect(out).not.toMatch(/<script|onerror|javascript:|<img/i);
  });
});
