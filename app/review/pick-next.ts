import type { QueueItem } from '@/lib/srs/queue-item';

/**
 * The card to show next: the first one in queue order that is due, else (only learning cards waiting for a later
 * step remain) the one due soonest, shown ahead of time rather than making the person wait.
 */
export function pickNextCard(items: readonly QueueItem[], now: number): QueueItem | undefined {
  const due = items.find((item) => item.dueAt <= now);
  if (due) return due;
  return items.reduce<QueueItem | undefined>(
    (soonest, item) => (soonest === undefined || item.dueAt < soonest.dueAt ? item : soonest),
    undefined,
  );
}
