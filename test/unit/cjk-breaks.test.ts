import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkCjkBreaks } from '../../src/markdown/cjk-breaks.ts';

const html = (markdown: string) =>
  String(
    unified().use(remarkParse).use(remarkCjkBreaks).use(remarkRehype).use(rehypeStringify).processSync(markdown),
  ).trim();

describe('soft line breaks in CJK text', () => {
  it('are removed between two Chinese characters or CJK punctuation', () => {
    expect(html('文章称，\n其中 Go 占比最高。')).toBe('<p>文章称，其中 Go 占比最高。</p>');
    expect(html('信创\n政策')).toBe('<p>信创政策</p>');
  });

  it('are removed next to emphasis, links and code when both sides are CJK', () => {
    expect(html('这是**重点**\n之后的文字')).toBe('<p>这是<strong>重点</strong>之后的文字</p>');
    expect(html('见[来源](https://example.org)\n与台账')).toBe('<p>见<a href="https://example.org">来源</a>与台账</p>');
  });

  it('stay a space between Latin words, between Latin and CJK, and in Korean', () => {
    expect(html('Go is\nfast')).toBe('<p>Go is\nfast</p>');
    expect(html('使用 Go\n语言')).toBe('<p>使用 Go\n语言</p>');
    expect(html('한국어\n문장')).toBe('<p>한국어\n문장</p>');
  });

  it('leave hard breaks and paragraphs alone', () => {
    expect(html('第一段\n\n第二段')).toBe('<p>第一段</p>\n<p>第二段</p>');
    expect(html('第一行  \n第二行')).toBe('<p>第一行<br>\n第二行</p>');
  });
});
