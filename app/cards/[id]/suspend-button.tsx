'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { suspendCard } from './actions';

/** Suspends the card, or unsuspends it, then shows the page as it now is. */
export function SuspendButton({ cardId, suspended }: { cardId: string; suspended: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const toggle = () =>
    startTransition(async () => {
      const result = await suspendCard({ cardId, suspended: !suspended });
      if (!result.ok) setError(result.message);
      else router.refresh();
    });
  return (
    <>
      <button type="button" className="button" onClick={toggle} disabled={pending}>
        {suspended ? 'Unsuspend' : 'Suspend'}
      </button>
      {error && <span className="error"> {error}</span>}
    </>
  );
}
