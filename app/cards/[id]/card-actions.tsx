'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { CardChange } from '@/db/queries/card-actions';
import { changeCard } from './actions';

/** The card's buttons: suspend, bury until tomorrow, mark as known, reset to new (asked twice: it discards the schedule). */
export function CardActions({
  cardId,
  suspended,
  buried,
  studied,
  known,
}: {
  cardId: string;
  suspended: boolean;
  buried: boolean;
  studied: boolean;
  known: boolean;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const apply = (change: CardChange) =>
    startTransition(async () => {
      setConfirmingReset(false);
      const result = await changeCard({ cardId, change });
      if (!result.ok) setError(result.message);
      else router.refresh();
    });
  return (
    <span className="card-action-buttons">
      <button type="button" className="button" disabled={pending} onClick={() => apply(suspended ? 'unsuspend' : 'suspend')}>
        {suspended ? 'Unsuspend' : 'Suspend'}
      </button>
      <button type="button" className="button" disabled={pending} onClick={() => apply(buried ? 'unbury' : 'bury')}>
        {buried ? 'Unbury' : 'Bury until tomorrow'}
      </button>
      {!known && (
        <button
          type="button"
          className="button"
          disabled={pending}
          title="You know this already: it comes back in about a year"
          onClick={() => apply('known')}
        >
          Mark as known
        </button>
      )}
      {studied &&
        (confirmingReset ? (
          <button type="button" className="button danger" disabled={pending} onClick={() => apply('reset')}>
            Reset: forget its schedule
          </button>
        ) : (
          <button type="button" className="button" disabled={pending} onClick={() => setConfirmingReset(true)}>
            Reset to new
          </button>
        ))}
      {error && <span className="error">{error}</span>}
    </span>
  );
}
