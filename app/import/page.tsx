import Link from 'next/link';
import { editorAreas } from '@/app/cards/editor-areas';
import { ImportForm } from './import-form';

/** Bring cards from Anki or a CSV file into one area and subtopic, with a preview first. */
export default function ImportPage() {
  return (
    <>
      <h1>Import cards</h1>
      <p className="muted">
        Each note becomes a free-recall card of your own: its front is the prompt, its back the answer and the point a
        mock interview listens for. Importing the same file again adds nothing twice. Images and sounds cannot come
        along; Anki cloze notes become cards with the deletions blanked. <Link href="/cards/new">Write a card</Link>{' '}
        instead.
      </p>
      <ImportForm areas={editorAreas()} />
    </>
  );
}
