import Link from 'next/link';
import { getDb } from '@/db/client';
import { listMockSessions } from '@/db/queries/mock-sessions';
import { getDueSummary } from '@/db/queries/review-queue';
import { getSettings } from '@/db/queries/settings';
import { SKILL_AREAS, formatSubtopicName } from '@/lib/questions/taxonomy';
import { ActiveMockList } from './active-mock-list';
import { MockSetupForm } from './mock-setup-form';

export const dynamic = 'force-dynamic';

export default function MockPage() {
  const db = getDb();
  const cardsByArea = new Map(getDueSummary(db, { now: new Date(), settings: getSettings(db) }).map((row) => [row.area, row.total]));
  const areas = SKILL_AREAS.filter((area) => cardsByArea.has(area.id)).map((area) => ({
    id: area.id,
    name: area.name,
    cards: cardsByArea.get(area.id) ?? 0,
    subtopics: area.subtopics.map((subtopic) => ({ id: subtopic.id, name: formatSubtopicName(subtopic.id) })),
  }));
  const active = listMockSessions(db)
    .filter((summary) => summary.session.status === 'active')
    .map(({ session, answered }) => ({
      id: session.id,
      startedAt: session.createdAt.toISOString(),
      areas: session.areas.map((id) => SKILL_AREAS.find((area) => area.id === id)?.name ?? id),
      answered,
      total: session.cardIds.length,
    }));
  return (
    <>
      <h1>Mock interview</h1>
      <p className="muted">
        Timed, interview-style questions from the areas you choose, scored per skill. <Link href="/mock/history">Past sessions</Link>
      </p>
      {active.length > 0 && <ActiveMockList sessions={active} />}
      <MockSetupForm areas={areas} />
    </>
  );
}
