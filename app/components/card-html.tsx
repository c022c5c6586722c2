/**
 * Shows card content the server rendered from Markdown (KaTeX, highlighted code). This is the only place the app
 * injects HTML: it comes from our own pipeline, where raw HTML in a card is dropped and links are sanitised
 * (lib/questions/render-markdown.ts), never from the person's input or the network.
 */
export function CardHtml({ html, className }: { html: string; className?: string }) {
  return <div className={className ? `card-md ${className}` : 'card-md'} dangerouslySetInnerHTML={{ __html: html }} />;
}
