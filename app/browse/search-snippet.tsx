/**
 * FTS5's snippet marks matched words with \u0002…\u0003 (characters no card text contains); they become <mark>
 * elements here, so the card's own text is never parsed as HTML.
 */
export function SearchSnippet({ text }: { text: string }) {
  const parts = text.split(/(\u0002[^\u0003]*\u0003)/);
  return (
    <div className="search-snippet muted">
      {parts.map((part, index) =>
        part.startsWith('\u0002') ? <mark key={index}>{part.slice(1, -1)}</mark> : <span key={index}>{part}</span>,
      )}
    </div>
  );
}
