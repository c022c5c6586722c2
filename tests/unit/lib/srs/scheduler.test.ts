import { describe, expect, it } from 'vitest';
import { createScheduler } from '@/lib/srs/scheduler';

const settings = { desiredRetention: 0.9, learningSteps: ['1m', '10m'], relearningSteps: ['10m'], fsrsWeights: null };
const now = new Date('2026-03-02T09:00:00.000Z');
const minutes = (n: number) => n * 60_000;
const days = (n: number) => n * 86_400_000;

describe('createScheduler', () => {
  it('moves a new card through the learning steps', () => {
    const scheduler = createScheduler(settings);
    const preview = scheduler.preview({ id: 'card-a', area: 'linear-algebra' }, null, now);
    expect(preview[1]).toMatchObject({ state: 'learning', due: new Date(now.getTime() + minutes(1)), reps: 1 });
    expect(preview[3]).toMatchObject({ state: 'learning', due: new Date(now.getTime() + minutes(10)), reps: 1 });
    expect(preview[4].state).toBe('review');
    expect(preview[4].scheduledDays).toBeGreaterThanOrEqual(1);
  });

  it('gives each answer exactly the interval its button previewed', () => {
    const scheduler = createScheduler(settings);
    const learnt = scheduler.grade({ id: 'card-b', area: 'linear-algebra' }, scheduler.grade({ id: 'card-b', area: 'linear-algebra' }, null, 3, now), 3, new Date(now.getTime() + minutes(10)));
    expect(learnt.state).toBe('review');
    const later = new Date(learnt.due.getTime() + days(1));
    const preview = scheduler.preview({ id: 'card-b', area: 'linear-algebra' }, learnt, later);
    for (const rating of [1, 2, 3, 4] as const) {
      expect(scheduler.grade({ id: 'card-b', area: 'linear-algebra' }, learnt, rating, later)).toEqual(preview[rating]);
    }
  });

  it('is deterministic for the same card, state and time, so a retried save schedules the same way', () => {
    const a = createScheduler(settings).grade({ id: 'card-c', area: 'linear-algebra' }, null, 4, now);
    const b = createScheduler(settings).grade({ id: 'card-c', area: 'linear-algebra' }, null, 4, now);
    expect(a).toEqual(b);
  });

  it('schedules longer intervals for a lower desired retention', () => {
    const strict = createScheduler({ ...settings, desiredRetention: 0.97 });
    const relaxed = createScheduler({ ...settings, desiredRetention: 0.75 });
    const learnt = strict.grade({ id: 'card-d', area: 'linear-algebra' }, null, 4, now);
    const later = new Date(learnt.due.getTime());
    expect(relaxed.grade({ id: 'card-d', area: 'linear-algebra' }, learnt, 3, later).scheduledDays).toBeGreaterThan(
      strict.grade({ id: 'card-d', area: 'linear-algebra' }, learnt, 3, later).scheduledDays,
    );
  });

  it('sends a forgotten review card to relearning with a lapse', () => {
    const scheduler = createScheduler(settings);
    const learnt = scheduler.grade({ id: 'card-e', area: 'linear-algebra' }, null, 4, now);
    const forgotten = scheduler.grade({ id: 'card-e', area: 'linear-algebra' }, learnt, 1, learnt.due);
    expect(forgotten).toMatchObject({ state: 'relearning', lapses: 1 });
    expect(forgotten.due.getTime() - learnt.due.getTime()).toBe(minutes(10));
  });
});
