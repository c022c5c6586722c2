import { and, eq } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { cardContents, cards } from '@/db/schema';
import { cardIdSchema } from '@/lib/questions/card-schema';
import { formatCardContent } from '@/lib/questions/format-bank';
import { CardEditor } from '../../card-editor';
import { editorAreas } from '../../editor-areas';

export const dynamic = 'force-dynamic';

/** Edit one of the person's own cards; its id, schedule and history stay. Bank cards are edited in their files. */
export default async function EditCardPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!cardIdSchema.safeParse(id).success) notFound();
  const row = getDb()
    .select({ source: cardContents.source })
    .from(cards)
    .innerJoin(cardContents, eq(cardContents.cardId, cards.id))
    .where(and(eq(cards.id, id), eq(cards.origin, 'personal')))
    .get();
  if (!row) notFound();
  const { source } = row;
  return (
    <>
      <h1>Edit your card</h1>
      <CardEditor
        initial={{ id, area: source.area, subtopic: source.subtopic, level: source.level, content: formatCardContent(source) }}
        areas={editorAreas()}
      />
    </>
  );
}
