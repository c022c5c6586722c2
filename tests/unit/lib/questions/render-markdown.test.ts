import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/questions/render-markdown';

describe('renderMarkdown', () => {
  it('renders inline and display math with KaTeX on the server', () => {
    const { html, problems } = renderMarkdown('Inline $x^2$ and display:\n\n$$\\sum_i x_i$$');
    expect(problems).toEqual([]);
    expect(html).toContain('class="katex"');
    expect(html).toContain('class="katex-display"');
    expect(html).toContain('<annotation encoding="application/x-tex">x^2</annotation>');
  });

  it('highlights fenced code by its language', () => {
    const { html } = renderMarkdown('```python\nprint(1)\n```');
    expect(html).toContain('<code class="hljs language-python"><span class="hljs-built_in">print</span>');
  });

  it('never passes raw HTML or script links through', () => {
    const { html } = renderMarkdown(
      'Hi <b>bold</b> <img src=x onerror="alert(1)"> [bad](javascript:alert(1)) [good](https://example.org)\n\n<script>alert(1)</script>',
    );
    expect(html).not.toMatch(/<b>|<img|<script|onerror|javascript:/);
    expect(html).toContain('<a href="https://example.org">good</a>');
  });

  it('reports math it cannot render instead of failing silently', () => {
    const { problems } = renderMarkdown('Broken $\\frac{1$');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Could not render math with KaTeX/);
  });
});
