'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { RATINGS, RATING_NAMES } from '@/lib/srs/memory-state';
import { isTypingTarget, isUndoKey } from './keys';
import type { GradedCard } from './use-review-queue';

/** Shown when the queue is empty: what this session did, and a way to look for cards that came due since. */
export function SessionSummary({
  history,
  doneBefore,
  canUndo,
  onUndo,
  onLoadMore,
  isLoadingMore,
}: {
  history: GradedCard[];
  doneBefore: number;
  canUndo: boolean;
  onUndo: () => void;
  onLoadMore: () => void;
  isLoadingMore: boolean;
}) {
  const minutes = Math.round(history.reduce((sum, review) => sum + review.durationMs, 0) / 60_000);
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.altKey || event.metaKey || isTypingTarget(event.target)) return;
      if (canUndo && isUndoKey(event)) {
        event.preventDefault();
        onUndo();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [canUndo, onUndo]);
  return (
    <section className="card" aria-label="Session summary" data-testid="session-summary">
      <h2 style={{ marginTop: 0 }}>{history.length > 0 ? 'Session complete' : 'Nothing to review right now'}</h2>
      {history.length > 0 ? (
        <>
          <p>
            You reviewed <strong>{history.length}</strong> {history.length === 1 ? 'card' : 'cards'} in about{' '}
            {Math.max(1, minutes)} min{doneBefore > 0 ? ` (plus ${doneBefore} earlier today)` : ''}.
          </p>
          <ul>
            {RATINGS.map((rating) => (
              <li key={rating}>
                {RATING_NAMES[rating]}: {history.filter((review) => review.rating === rating).length}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">
          {doneBefore > 0 ? `You have done ${doneBefore} reviews today. ` : ''}No cards are due in this selection, and
          today&apos;s new-card limit is reached or there are no new cards left.
        </p>
      )}
      <p style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
        <button type="button" className="button" onClick={onLoadMore} disabled={isLoadingMore}>
          Check for more cards
        </button>
        {canUndo && (
          <button type="button" className="button" onClick={onUndo}>
            Undo last <kbd>U</kbd>
          </button>
        )}
        <Link className="button" href="/">
          Back to today
        </Link>
      </p>
    </section>
  );
}
