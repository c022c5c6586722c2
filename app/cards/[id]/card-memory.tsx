import { percent } from '@/app/components/format';
import type { getCardHistory } from '@/db/queries/card-history';
import { formatInterval } from '@/lib/srs/format-interval';
import { type MemoryState, RATING_NAMES, type Rating } from '@/lib/srs/memory-state';
import { retrievability } from '@/lib/srs/retrievability';

const when = (date: Date) =>
  date.toLocaleString('en-GB', { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** What FSRS knows of the card now, and every review that got it there. */
export function CardMemory({
  memory,
  history,
  now,
  fsrsWeights,
}: {
  memory: MemoryState | null;
  history: ReturnType<typeof getCardHistory>;
  now: Date;
  /** The person's FSRS parameters (null: the defaults), as the scheduler uses them. */
  fsrsWeights: readonly number[] | null;
}) {
  return (
    <>
      <h2>Memory</h2>
      {memory ? (
        <dl className="memory-state" data-testid="memory-state">
          <dt>State</dt>
          <dd>{memory.state}</dd>
          <dt>Recall now</dt>
          <dd>{percent(retrievability(memory, now, fsrsWeights))}</dd>
          <dt>Stability</dt>
          <dd>{memory.stability.toFixed(1)} days (recall falls to 90% after this long)</dd>
          <dt>Difficulty</dt>
          <dd>{memory.difficulty.toFixed(1)} of 10</dd>
          <dt>Next review</dt>
          <dd>
            {when(memory.due)}
            {memory.due > now ? ` (in ${formatInterval(memory.due.getTime() - now.getTime())})` : ' (due)'}
          </dd>
        </dl>
      ) : (
        <p className="muted">Not studied yet: FSRS has no memory state for it.</p>
      )}
      <h2>History</h2>
      {history.length === 0 ? (
        <p className="muted">No reviews yet.</p>
      ) : (
        <table className="score-table" data-testid="card-history">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Answer</th>
              <th scope="col">In</th>
              <th scope="col">Took</th>
              <th scope="col">Next after</th>
            </tr>
          </thead>
          <tbody>
            {history.map((review) => (
              <tr key={review.id}>
                <td>{when(review.reviewedAt)}</td>
                <td>{RATING_NAMES[review.rating as Rating]}</td>
                <td>{review.source === 'mock' ? 'mock interview' : 'daily review'}</td>
                <td>{Math.round(review.durationMs / 1000)} s</td>
                <td>{formatInterval(review.stateAfter.due - review.reviewedAt.getTime())}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
