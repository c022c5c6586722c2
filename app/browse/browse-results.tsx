import Link from 'next/link';
import type { BrowseRow } from '@/db/queries/browse-cards';
import { formatSubtopicName, getArea } from '@/lib/questions/taxonomy';
import { formatInterval } from '@/lib/srs/format-interval';
import { MarkedText } from './marked-text';

/** "in 4d", "2d overdue", "now": how far the due date is from `now`. */
function dueLabel(due: number | null, now: Date): string {
  if (due === null) return '–';
  const wait = due - now.getTime();
  if (Math.abs(wait) < 60_000) return 'now';
  return wait > 0 ? `in ${formatInterval(wait)}` : `${formatInterval(-wait)} overdue`;
}

/** Prompts are Markdown source: shown as plain text, cut to a line's worth. */
function promptLine(prompt: string): string {
  const flat = prompt.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 159)}…` : flat;
}

/** The passage of the card the search matched, unless it is the prompt already shown above it. */
function MatchElsewhere({ row }: { row: BrowseRow }) {
  if (!row.snippet) return null;
  const plain = (text: string) => text.replace(/[\u0002\u0003…]/g, '').replace(/\s+/g, ' ').trim();
  if (row.prompt.includes('\u0002') && plain(row.prompt).includes(plain(row.snippet))) return null;
  return (
    <div className="search-snippet muted">
      <MarkedText text={row.snippet} />
    </div>
  );
}

export function BrowseResults({ rows, now }: { rows: readonly BrowseRow[]; now: Date }) {
  if (rows.length === 0) return <p className="notice">No card matches. Try fewer words or fewer filters.</p>;
  return (
    <table className="areas browse-results">
      <thead>
        <tr>
          <th scope="col">Card</th>
          <th scope="col">State</th>
          <th scope="col" className="num">
            Due
          </th>
          <th scope="col" className="num" title="FSRS stability: days until recall falls to 90%">
            Stability
          </th>
          <th scope="col" className="num">
            Lapses
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-card-id={row.id}>
            <td>
              <Link href={`/cards/${row.id}`}>
                <MarkedText text={promptLine(row.prompt)} />
              </Link>
              <MatchElsewhere row={row} />
              <div className="browse-tags muted">
                {getArea(row.area)?.name ?? row.area} · {formatSubtopicName(row.subtopic)} · {row.level} · {row.format}
                {row.origin === 'personal' && <span className="tag">Mine</span>}
              </div>
            </td>
            <td>
              {row.state}
              {row.suspended && <span className="tag">Suspended</span>}
              {row.buriedUntil !== null && row.buriedUntil > now.getTime() && <span className="tag">Buried</span>}
              {row.retired && <span className="tag">Retired</span>}
            </td>
            <td className="num">{dueLabel(row.due, now)}</td>
            <td className="num">{row.state === 'new' ? '–' : `${row.stability.toFixed(1)}d`}</td>
            <td className="num">{row.lapses}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
