/**
 * FTS5 marks matched words with \u0002…\u0003 (characters no card text contains); they become <mark> elements
 * here, so the card's own text is never parsed as HTML. A marker cut off by shortening is dropped.
 */
export function MarkedText({ text }: { text: string }) {
  const parts = text.split(/(\u0002[^\u0003]*\u0003?)/);
  return (
    <>
      {parts.map((part, index) =>
        part.startsWith('\u0002') ? <mark key={index}>{part.replace(/[\u0002\u0003]/g, '')}</mark> : part.replace(/[\u0002\u0003]/g, ''),
      )}
    </>
  );
}
