'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { endMockInterview } from './actions';

interface ActiveMock {
  id: string;
  startedAt: string;
  areas: string[];
  answered: number;
  total: number;
}

/** Mock interviews left unfinished: resume where they stopped, or abandon them. */
export function ActiveMockList({ sessions }: { sessions: ActiveMock[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  async function abandon(sessionId: string) {
    const result = await endMockInterview({ sessionId, status: 'abandoned' });
    if (!result.ok) setError(result.message);
    router.refresh();
  }
  return (
    <section className="panel" aria-label="Unfinished mock interviews" style={{ marginBottom: '1.5rem' }}>
      <h2 style={{ marginTop: 0 }}>Unfinished</h2>
      {error && <div className="alert">{error}</div>}
      <ul className="plain-list">
        {sessions.map((session) => (
          <li key={session.id}>
            <span>
              {session.areas.join(', ')} · {session.answered} of {session.total} answered · started{' '}
              {new Date(session.startedAt).toLocaleString()}
            </span>{' '}
            <Link className="button primary" href={`/mock/${session.id}`}>
              Resume
            </Link>{' '}
            <button type="button" className="button" onClick={() => abandon(session.id)}>
              Abandon
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
