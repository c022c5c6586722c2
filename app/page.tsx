import Link from 'next/link';
import { getDb } from '@/db/client';
import { countReviewsSince, getDueSummary } from '@/db/queries/review-queue';
import { getSettings } from '@/db/queries/settings';
import { getReviewDay } from '@/lib/srs/review-day';
import { SKILL_AREAS } from '@/lib/questions/taxonomy';

export const dynamic = 'force-dynamic';

export default function HomePage() {
  const db = getDb();
  const now = new Date();
  const settings = getSettings(db);
  const summary = new Map(getDueSummary(db, { now, settings }).map((row) => [row.area, row]));
  const done = countReviewsSince(db, getReviewDay(now, settings.dayStartHour).start);
  const dueTotal = [...summary.values()].reduce((sum, row) => sum + row.due, 0);
  const freshAvailable = [...summary.values()].reduce((sum, row) => sum + row.fresh, 0);
  const dueToday = Math.min(dueTotal, Math.max(0, settings.maxReviewsPerDay - done.reviews));
  const newToday = Math.min(freshAvailable, Math.max(0, settings.newCardsPerDay - done.newCards));
  const areas = SKILL_AREAS.filter((area) => summary.has(area.id));

  return (
    <>
      <h1>Today</h1>
      <div className="today-totals">
        <div>
          <div className="big-number" data-testid="due-today">{dueToday}</div>
          <div className="muted">due for review</div>
        </div>
        <div>
          <div className="big-number" data-testid="new-today">{newToday}</div>
          <div className="muted">new cards</div>
        </div>
        <div>
          <div className="big-number" data-testid="done-today">
            {done.reviews + done.newCards}
          </div>
          <div className="muted">done today</div>
        </div>
        <Link className="button primary" href="/review">
          Start review
        </Link>
      </div>

      <h2>By skill area</h2>
      <form action="/review" method="get">
        <table className="areas">
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col" className="num">Due</th>
              <th scope="col" className="num">New</th>
              <th scope="col" className="num">Cards</th>
              <th scope="col">
                <span className="muted">Review only</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {areas.map((area) => {
              const row = summary.get(area.id)!;
              return (
                <tr key={area.id}>
                  <td>
                    <Link href={`/review?area=${area.id}`}>{area.name}</Link>
                  </td>
                  <td className="num">{row.due}</td>
                  <td className="num">{row.fresh}</td>
                  <td className="num">{row.total}</td>
                  <td>
                    <input type="checkbox" name="area" value={area.id} aria-label={`Include ${area.name}`} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p>
          <button type="submit" className="button">
            Review the ticked areas
          </button>
        </p>
      </form>
      <p className="muted">
        New cards per day: {settings.newCardsPerDay} · maximum reviews per day: {settings.maxReviewsPerDay} ·{' '}
        <Link href="/settings">change</Link>
      </p>
    </>
  );
}
