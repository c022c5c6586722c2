import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText, looksLikeHtml } from '@/lib/import/html-to-text';
import { convertField } from '@/lib/import/note-to-row';
import { literalTextToMarkdown, markdownWithoutHeadings } from '@/lib/import/text-to-markdown';
import { renderMarkdown } from '@/lib/questions/render-markdown';

/** The text a reader sees in rendered HTML: tags dropped, the few entities the renderer writes decoded. */
function visibleText(html: string): string {
  return decodeEntities(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
}

describe('htmlToText', () => {
  it('turns line-breaking tags into newlines, list items into "- " lines, and drops other markup', () => {
    const html = '<div>First <b>bold</b> line</div><div>Second<br>third</div><ul><li>one</li><li>two</li></ul>';
    expect(htmlToText(html)).toEqual({ text: '\nFirst bold line\n\nSecond\nthird\n\n\n- one\n\n- two\n\n', media: [] });
  });

  it('drops style and script elements with their content, and comments', () => {
    expect(htmlToText('<style>.x{color:red}</style>Kept<script>alert(1)</script><!-- note -->').text).toBe('Kept');
  });

  it('keeps "tags" it does not know as text, and spacing inside <pre>', () => {
    expect(htmlToText('if x<y and y>z then <pre>a  =\n  b</pre>').text).toBe('if x<y and y>z then \na  =\n  b\n');
  });

  it('lists images, sounds and video it leaves out', () => {
    expect(htmlToText('<img src="a.png"> [sound:b.mp3] <video controls></video>').media).toEqual(['sound b.mp3', 'image a.png', 'video']);
  });
});

describe('decodeEntities', () => {
  it('decodes the named, decimal and hexadecimal entities Anki writes, and leaves unknown ones', () => {
    expect(decodeEntities('&nbsp;&amp;&lt;&gt;&quot;&#39;&#x3bb;&lambda;&bogus;&#0;')).toBe(' &<>"\'λλ&bogus;&#0;');
  });
});

describe('looksLikeHtml', () => {
  it('sees markup and entities, not a comparison', () => {
    expect(looksLikeHtml('a<br>b')).toBe(true);
    expect(looksLikeHtml('R&amp;D')).toBe(true);
    expect(looksLikeHtml('if a < b and c > d')).toBe(false);
  });
});

describe('literalTextToMarkdown', () => {
  it.each([
    'Cost is $5 and $10',
    '2*3*4 = 24 and a_b_c with _under_ and ~tilde~',
    '# not a heading',
    '> not a quote',
    '1. not a list',
    'a < b > c, [link](x) and `code` and | pipe',
    'C:\\path\\to and \\alpha',
    'Literal &amp; stays',
  ])('renders %j as exactly that text', (text) => {
    const { html, problems } = renderMarkdown(literalTextToMarkdown(text));
    expect(problems).toEqual([]);
    expect(visibleText(html)).toBe(text);
    expect(html).not.toMatch(/<(h\d|blockquote|ol|em|del|a|code)\b/);
  });

  it('turns MathJax and legacy [$] math into $ and $$ math', () => {
    expect(literalTextToMarkdown('Area \\(\\pi r^2\\) and [$]e^x[/$] then \\[\\sum_i x_i\\] done')).toBe(
      'Area $\\pi r^2$ and $e^x$ then\n\n$$\\sum_i x_i$$\n\ndone',
    );
  });

  it('keeps list items together and makes other line breaks paragraphs', () => {
    expect(literalTextToMarkdown('Intro\n- one\n- two\n\n\nEnd')).toBe('Intro\n\n- one\n- two\n\nEnd');
  });
});

describe('markdownWithoutHeadings', () => {
  it('escapes heading lines outside code fences, and leaves the rest of the Markdown alone', () => {
    expect(markdownWithoutHeadings('## Answer\nUse $x^2$ *here*\n```python\n# comment\n```')).toBe(
      '\\## Answer\nUse $x^2$ *here*\n```python\n# comment\n```',
    );
  });
});

describe('convertField', () => {
  it('reads a CSV field as Markdown, converting HTML in it and escaping a decoded tag', () => {
    expect(convertField('Use $\\alpha$ *now*', 'csv').markdown).toBe('Use $\\alpha$ *now*');
    expect(convertField('Line one<br>&lt;div&gt; is a tag', 'csv').markdown).toBe('Line one\n\n\\<div> is a tag');
  });
});
