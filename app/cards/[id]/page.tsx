import { eq } from 'drizzle-orm';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CardHtml } from '@/app/components/card-html';
import { CardAnswer } from '@/app/review/card-answer';
import { CardHeader } from '@/app/review/card-header';
import { MultipleChoiceOptions } from '@/app/review/multiple-choice-options';
import { getDb } from '@/db/client';
import { getCardHistory } from '@/db/queries/card-history';
import { getSettings } from '@/db/queries/settings';
import { memoryStateOfRow } from '@/db/queries/memory-state';
import { cardContents, cards } from '@/db/schema';
import { cardIdSchema } from '@/lib/questions/card-schema';
import { KNOWN_STABILITY_DAYS } from '@/lib/srs/known-state';
import { CardMemory } from './card-memory';
import { CardActions } from './card-actions';

export const dynamic = 'force-dynamic';

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** One card with its answer, its FSRS memory state and its review history: where "to work on" links lead. */
export default async function CardPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!cardIdSchema.safeParse(id).success) notFound();
  const db = getDb();
  const row = db
    .select({ card: cards, rendered: cardContents.rendered })
    .from(cards)
    .innerJoin(cardContents, eq(cardContents.cardId, cards.id))
    .where(eq(cards.id, id))
    .get();
  if (!row) notFound();
  const { card, rendered } = row;
  const now = new Date();
  const buried = card.buriedUntil !== null && card.buriedUntil > now;
  return (
    <>
      <h1>Card</h1>
      <article className="card" data-card-id={card.id}>
        <CardHeader item={card} />
        <section className="card-section">
          <CardHtml html={rendered.prompt} />
          {rendered.code && <CardHtml html={rendered.code} className="code-block" />}
          {rendered.options && <MultipleChoiceOptions options={rendered.options} selected={new Set()} revealed />}
        </section>
        <CardAnswer item={row} verdict={null} typed="" />
      </article>
      <p className="muted">
        {card.id} · {card.state === 'new' ? 'not studied yet' : `${plural(card.reps, 'review')}, ${plural(card.lapses, 'lapse')}`}
        {card.retiredAt ? ' · retired from the banks' : ''} · <Link href={`/review?area=${card.area}`}>review this area</Link>
        {card.origin === 'personal' && (
          <>
            {' · '}
            <strong>Your own card</strong> · <Link href={`/cards/${card.id}/edit`}>Edit</Link>
          </>
        )}
      </p>
      <p className="card-actions" data-testid="card-actions">
        {card.suspendedAt && <strong>Suspended: kept out of reviews and mock interviews. </strong>}
        {buried && <strong>Buried until tomorrow&apos;s reviews. </strong>}
        <CardActions
          cardId={card.id}
          suspended={card.suspendedAt !== null}
          buried={buried}
          studied={card.state !== 'new'}
          known={card.state === 'review' && card.stability >= KNOWN_STABILITY_DAYS}
        />
      </p>
      <CardMemory
        memory={memoryStateOfRow(card)}
        history={getCardHistory(db, card.id)}
        now={now}
        fsrsWeights={getSettings(db).fsrsWeights}
      />
    </>
  );
}
