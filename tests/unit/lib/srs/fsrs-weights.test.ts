import { default_w, forgetting_curve } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { createRecallModel } from '@/lib/readiness/recall-model';
import { fsrsWeights, fsrsWeightsSchema, sameFsrsWeights } from '@/lib/srs/fsrs-weights';
import { interviewModeDue, interviewPlanChanged } from '@/lib/srs/interview-mode';
import type { MemoryState } from '@/lib/srs/memory-state';
import { retrievability } from '@/lib/srs/retrievability';
import { createScheduler } from '@/lib/srs/scheduler';

describe('fsrsWeightsSchema', () => {
  it('takes 21 numbers inside the ranges FSRS allows', () => {
    expect(fsrsWeightsSchema.safeParse([...default_w]).success).toBe(true);
  });

  it.each([
    ['20 numbers', default_w.slice(0, 20)],
    ['22 numbers', [...default_w, 0.1]],
    ['NaN', [Number.NaN, ...default_w.slice(1)]],
    ['Infinity', [Number.POSITIVE_INFINITY, ...default_w.slice(1)]],
    ['a number as text', ['0.2', ...default_w.slice(1)]],
    ['a negative first stability', [-1, ...default_w.slice(1)]],
    ['a decay above 0.8', [...default_w.slice(0, 20), 0.9]],
    ['not a list', { 0: 0.2 }],
  ])('refuses %s', (_label, value) => {
    expect(fsrsWeightsSchema.safeParse(value).success).toBe(false);
  });
});

describe('fsrsWeights', () => {
  it("is the person's parameters, or the defaults", () => {
    const fitted = [...default_w.slice(0, 20), 0.3];
    expect(fsrsWeights(fitted)).toBe(fitted);
    expect(fsrsWeights(null)).toBe(default_w);
    expect(sameFsrsWeights(null, null)).toBe(true);
    expect(sameFsrsWeights(null, [...default_w])).toBe(false);
    expect(sameFsrsWeights(fitted, [...fitted])).toBe(true);
    expect(sameFsrsWeights(fitted, [...default_w])).toBe(false);
  });
});

describe('every FSRS computation takes the parameters it is given', () => {
  const steep = [...default_w.slice(0, 20), 0.8];
  const now = new Date(2026, 10, 23, 10, 0);
  const memory: MemoryState = {
    state: 'review',
    due: new Date(now.getTime() + 40 * 86_400_000),
    stability: 10,
    difficulty: 5,
    scheduledDays: 40,
    learningSteps: 0,
    reps: 4,
    lapses: 0,
    lastReview: now,
  };

  it('the forgetting curve of predicted recall and of the projections', () => {
    const later = new Date(now.getTime() + 21 * 86_400_000);
    expect(retrievability(memory, later, steep)).toBeCloseTo(forgetting_curve(steep, 21, 10), 6);
    expect(retrievability(memory, later, steep)).not.toBeCloseTo(retrievability(memory, later, null), 2);
    expect(createRecallModel(0.9, steep).recall(21, 10)).toBeCloseTo(forgetting_curve(steep, 21, 10), 6);
    expect(createRecallModel(0.9, null).recall(21, 10)).toBeCloseTo(forgetting_curve(default_w, 21, 10), 6);
  });

  it('the scheduler', () => {
    const card = { id: 'card-a', area: 'probability' };
    const settings = { desiredRetention: 0.9, learningSteps: ['1m', '10m'], relearningSteps: ['10m'] };
    const fitted = [...default_w.slice(0, 2), 0.5, ...default_w.slice(3)];
    expect(createScheduler({ ...settings, fsrsWeights: fitted }).grade(card, null, 3, now).stability).toBe(0.5);
    expect(createScheduler({ ...settings, fsrsWeights: null }).grade(card, null, 3, now).stability).toBe(default_w[2]);
  });

  it('interview mode, which re-plans when they change', () => {
    // Recall at the interview, 21 days on: 0.842 with the default curve, 0.813 with the steep one; the target 0.83.
    const interview = { interviewDate: '2026-12-14', interviewAreas: [], interviewMode: true, targetRecall: 0.83, dayStartHour: 4 };
    const card = { id: 'prob-a', area: 'probability' };
    expect(interviewModeDue(card, memory, { ...interview, fsrsWeights: null }, now)).toEqual(memory.due);
    expect(interviewModeDue(card, memory, { ...interview, fsrsWeights: steep }, now).getTime()).toBeLessThan(new Date(2026, 11, 14).getTime());
    expect(interviewPlanChanged({ ...interview, fsrsWeights: null }, { ...interview, fsrsWeights: steep })).toBe(true);
    expect(interviewPlanChanged({ ...interview, fsrsWeights: steep }, { ...interview, fsrsWeights: [...steep] })).toBe(false);
  });
});
