import { notFound } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { getEarlierAreaScores, getMockSession } from '@/db/queries/mock-sessions';
import { getArea } from '@/lib/questions/taxonomy';
import { MockRunner } from './mock-runner';
import { MockScorecard } from './mock-scorecard';

export const dynamic = 'force-dynamic';

export default async function MockSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const db = getDb();
  const detail = getMockSession(db, id);
  if (!detail) notFound();
  const { session, answers, cards } = detail;
  const areaNames = session.areas.map((area) => getArea(area)?.name ?? area).join(' · ');

  if (session.status === 'active') {
    return (
      <>
        <h1>Mock interview</h1>
        <p className="muted">
          {areaNames}
          {session.practiceOnly ? ' · practice only' : ''}
        </p>
        <MockRunner
          sessionId={session.id}
          questions={cards.map(({ id: cardId, area, subtopic, level, source, rendered }) => ({
            id: cardId,
            area,
            subtopic,
            level,
            format: source.format,
            rendered,
          }))}
          answeredCount={answers.length}
          usedMs={answers.reduce((sum, answer) => sum + answer.durationMs, 0)}
          timeBudgetMs={session.timeBudgetMs}
        />
      </>
    );
  }
  return (
    <MockScorecard detail={detail} areaNames={areaNames} earlier={getEarlierAreaScores(db, session.createdAt, session.areas)} />
  );
}
