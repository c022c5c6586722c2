import { clozeToCard, hasCloze, unwrapCloze } from './cloze';
import { dropSoundReferences, htmlToText, looksLikeHtml } from './html-to-text';
import { type ImportRow, MAX_FIELD_CHARS, type SkippedRow, excerpt } from './import-row';
import { htmlTextToMarkdown, literalTextToMarkdown, markdownWithoutHeadings } from './text-to-markdown';

/**
 * How a file's fields are written. Anki's fields are HTML (`#html:true`), plain text (`#html:false`), or unknown
 * in an export without a header, where each field is looked at; CSV fields are Markdown, possibly with HTML in.
 */
export type FieldKind = 'anki-html' | 'anki-text' | 'anki-unknown' | 'csv';

interface Converted {
  markdown: string;
  media: string[];
}

/** One field as card Markdown, with the media references it had to leave out. */
export function convertField(raw: string, kind: FieldKind): Converted {
  const media: string[] = [];
  const isHtml = kind === 'anki-html' || (kind !== 'anki-text' && looksLikeHtml(raw));
  if (isHtml) {
    const converted = htmlToText(raw);
    media.push(...converted.media);
    return { markdown: kind === 'csv' ? htmlTextToMarkdown(converted.text) : literalTextToMarkdown(converted.text), media };
  }
  const text = dropSoundReferences(raw, media);
  return { markdown: kind === 'csv' ? markdownWithoutHeadings(text) : literalTextToMarkdown(text), media };
}

/**
 * A note's front and back, converted and checked: an import row, or the reason it cannot be one. The card schema
 * and duplicate checks come later, once the area is known (see plan-import.ts).
 */
export function noteToRow(line: number, rawFront: string, rawBack: string, tags: string[], kind: FieldKind): ImportRow | SkippedRow {
  const front = convertField(rawFront, kind);
  const back = convertField(rawBack, kind);
  const media = [...front.media, ...back.media];
  const leftOut = media.length > 0 ? ` (left out: ${media.join(', ')})` : '';
  if (front.markdown === '') {
    return { line, reason: front.media.length > 0 ? `the front is empty once its media is left out${leftOut}` : 'the front is empty' };
  }
  const notes: string[] = [];
  let card: { prompt: string; answer: string; keyPoints?: string[] };
  if (hasCloze(front.markdown)) {
    card = clozeToCard(front.markdown, unwrapCloze(back.markdown));
    notes.push('cloze note: the deletions are blanked in the prompt');
  } else {
    card = { prompt: front.markdown, answer: unwrapCloze(back.markdown) };
  }
  const shown = excerpt(card.prompt);
  if (card.answer === '') {
    return { line, front: shown, reason: back.media.length > 0 ? `the back is empty once its media is left out${leftOut}` : 'the back is empty' };
  }
  for (const [name, text] of [['front', card.prompt], ['back', card.answer]] as const) {
    if (text.length > MAX_FIELD_CHARS) {
      return { line, front: shown, reason: `the ${name} is longer than 20,000 characters (${text.length.toLocaleString('en')})` };
    }
  }
  if (media.length > 0) notes.push(`left out: ${media.join(', ')}`);
  return { line, front: card.prompt, back: card.answer, ...(card.keyPoints ? { keyPoints: card.keyPoints } : {}), tags, notes };
}

/** Tags as Anki writes them: separated by spaces. */
export function splitTags(field: string | undefined): string[] {
  return (field ?? '').split(/\s+/).filter(Boolean);
}

export function isSkipped(entry: ImportRow | SkippedRow): entry is SkippedRow {
  return 'reason' in entry;
}
