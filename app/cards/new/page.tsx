import { CARD_TEMPLATES } from '@/lib/questions/card-templates';
import { CardEditor } from '../card-editor';
import { editorAreas } from '../editor-areas';

export const dynamic = 'force-dynamic';

/** Write a card of one's own: it joins reviews, mocks and progress like a bank card, marked as yours. */
export default async function NewCardPage({ searchParams }: { searchParams: Promise<{ area?: string }> }) {
  const areas = editorAreas();
  const { area: requested } = await searchParams;
  const area = areas.find((candidate) => candidate.id === requested) ?? areas[0]!;
  return (
    <>
      <h1>Add a card</h1>
      <p className="muted">Your own cards live in your database, are reviewed and scheduled like the banks&apos; cards, and can be exported as a bank file.</p>
      <CardEditor
        initial={{ area: area.id, subtopic: area.subtopics[0]!.id, level: 'M', content: CARD_TEMPLATES['free-recall'] }}
        areas={areas}
      />
    </>
  );
}
