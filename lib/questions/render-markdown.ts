import rehypeHighlight from 'rehype-highlight';
import rehypeKatex from 'rehype-katex';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { splitFencedLines } from './markdown-lines';

/**
 * Bumped whenever the rendering changes (a plugin, an option, a KaTeX upgrade that changes markup), so the
 * bank sync re-renders every card instead of serving HTML from the old pipeline.
 */
export const RENDERER_VERSION = 1;

export interface RenderResult {
  html: string;
  /** Math or code the renderer could not handle; the text is still rendered, marked as an error. */
  problems: string[];
}

// Sanitising runs on the HTML that came from Markdown, before KaTeX and the highlighter add their own
// (trusted) markup: raw HTML in a card is dropped by remark-rehype, and links with script URLs are removed here.
const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    code: [['className', /^language-./, 'math-inline', 'math-display']],
  },
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkMath)
  .use(remarkRehype)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeKatex, { output: 'htmlAndMathml', strict: 'ignore' })
  .use(rehypeHighlight, { plainText: ['text', 'txt', 'output', 'plaintext'] })
  .use(rehypeStringify)
  .freeze();

/**
 * Renders card Markdown (GFM, `$...$`/`$$...$$` math, fenced code) to HTML on the server, so neither KaTeX nor
 * the highlighter ships to the browser. Raw HTML in the source is never passed through.
 */
export function renderMarkdown(markdown: string): RenderResult {
  const file = processor.processSync(promoteDisplayMath(markdown));
  return {
    html: String(file),
    problems: file.messages.map((message) =>
      message.cause instanceof Error ? `${message.reason}: ${message.cause.message}` : message.reason,
    ),
  };
}

/**
 * remark-math reads `$$x$$` written on one line as inline math; authors mean a displayed equation, as in LaTeX.
 * A line holding only `$$...$$` (outside code) becomes a display block.
 */
function promoteDisplayMath(markdown: string): string {
  return splitFencedLines(markdown)
    .map(({ text, inFence }) => {
      const match = inFence ? null : /^(\s*)\$\$(.+)\$\$\s*$/.exec(text);
      return match ? `${match[1]}$$\n${match[1]}${match[2]!.trim()}\n${match[1]}$$` : text;
    })
    .join('\n');
}
