import Link from 'next/link';
import { getDb } from '@/db/client';
import { getArea } from '@/lib/questions/taxonomy';
import { loadReviewSession } from './load-queue';
import { ReviewSession } from './review-session';
import { areasFromSearchParam } from './review-input';

export const dynamic = 'force-dynamic';

export default async function ReviewPage({ searchParams }: { searchParams: Promise<{ area?: string | string[] }> }) {
  const areas = areasFromSearchParam((await searchParams).area);
  const session = loadReviewSession(getDb(), areas, new Date());
  return (
    <>
      <h1>Review</h1>
      <p className="muted" data-testid="review-scope">
        {areas.length === 0 ? 'All skill areas' : areas.map((id) => getArea(id)?.name ?? id).join(' · ')}
        {areas.length > 0 && (
          <>
            {' '}
            · <Link href="/review">all areas</Link>
          </>
        )}
      </p>
      <ReviewSession initial={session} areas={areas} />
    </>
  );
}
