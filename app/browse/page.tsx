import Link from 'next/link';
import { getDb } from '@/db/client';
import { browseCards } from '@/db/queries/browse-cards';
import { countPersonalCardsByArea } from '@/db/queries/personal-cards';
import { getSettings } from '@/db/queries/settings';
import { type BrowseFilters, decodeCursor, encodeCursor, parseBrowseFilters } from '@/lib/browse/browse-filters';
import { getArea } from '@/lib/questions/taxonomy';
import { BrowseForm } from './browse-form';
import { BrowseResults } from './browse-results';

export const dynamic = 'force-dynamic';

type SearchParams = Record<string, string | string[] | undefined>;

/** The link to another page of the same search: every filter kept, only the cursor changes. */
function pageHref(filters: BrowseFilters, page: string | null): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (key !== 'page' && value !== undefined) params.set(key, String(value));
  }
  if (page) params.set('page', page);
  const query = params.toString();
  return query ? `/browse?${query}` : '/browse';
}

/** Download links for the person's own cards, one bank file per area (a bank file holds one area). */
function PersonalExports({ counts }: { counts: { area: string; count: number }[] }) {
  if (counts.length === 0) return null;
  return (
    <section className="notice">
      Export your cards as bank files:{' '}
      {counts.map(({ area, count }, index) => (
        <span key={area}>
          {index > 0 && ' · '}
          <a href={`/api/export/my-cards?area=${area}`} download>
            {getArea(area)?.name ?? area} ({count})
          </a>
        </span>
      ))}
    </section>
  );
}

/** Every card, searchable and filterable: where a person finds a card to read, fix, suspend or mark as known. */
export default async function BrowsePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const filters = parseBrowseFilters(await searchParams);
  const db = getDb();
  const now = new Date();
  const result = browseCards(db, filters, decodeCursor(filters.page), now, getSettings(db).dayStartHour);
  const plural = result.total === 1 ? 'card' : 'cards';
  return (
    <>
      <div className="page-title-row">
        <h1>Browse cards</h1>
        <span className="card-action-buttons">
          <Link className="button" href="/import">
            Import
          </Link>
          <Link className="button" href="/cards/new">
            Add a card
          </Link>
        </span>
      </div>
      <BrowseForm filters={filters} />
      <p className="muted" role="status" data-testid="browse-total">
        {result.total.toLocaleString('en')} {plural}
        {filters.q ? ` match “${filters.q}”` : ''}
      </p>
      <BrowseResults rows={result.rows} now={now} />
      <nav className="pager" aria-label="Pages">
        {result.previous && <Link href={pageHref(filters, encodeCursor(result.previous))}>← Previous</Link>}
        {filters.page && <Link href={pageHref(filters, null)}>First page</Link>}
        {result.next && <Link href={pageHref(filters, encodeCursor(result.next))}>Next →</Link>}
      </nav>
      {filters.origin === 'personal' && <PersonalExports counts={countPersonalCardsByArea(db)} />}
    </>
  );
}
