import { describe, expect, it } from 'vitest';
import {
  type Projection,
  type StudiedCard,
  projectCardGroups,
  projectNewCards,
  projectStudiedCards,
} from '@/lib/readiness/project-recall';
import { interviewHorizon } from '@/lib/readiness/interview-horizon';
import { interviewModeDue } from '@/lib/srs/interview-mode';
import { AGAIN, GOOD, createRecallModel } from '@/lib/readiness/recall-model';
import { seededRandom } from '@/lib/mock/seeded-random';

const model = createRecallModel(0.9, null);
const horizon = { now: 0.25, interviewDay: 21 };

/** An independent check of the branching expectation: follow one card many times, drawing each review's outcome. */
function sampledRecallAtInterview(card: StudiedCard, runs: number, seed: number): number {
  const random = seededRandom(seed);
  let recalled = 0;
  for (let run = 0; run < runs; run++) {
    let memory = { stability: card.stability, difficulty: card.difficulty };
    let last = card.lastReview;
    let due = card.due;
    while (Math.floor(Math.max(0, due)) < horizon.interviewDay) {
      const at = Math.max(horizon.now, due, Math.floor(due));
      const remembered = random() < model.recall(at - last, memory.stability);
      memory = remembered
        ? model.afterReview(memory, at - last, GOOD)
        : model.afterReview(model.afterReview(memory, at - last, AGAIN), 0, GOOD);
      last = at;
      due = at + model.intervalDays(memory.stability);
    }
    if (random() < model.recall(horizon.interviewDay - last, memory.stability)) recalled += 1;
  }
  return recalled / runs;
}

describe('the FSRS recall model', () => {
  it('predicts 90% recall after one stability and schedules at the desired retention', () => {
    expect(model.recall(10, 10)).toBeCloseTo(0.9, 6);
    expect(model.intervalDays(10)).toBe(10);
    expect(createRecallModel(0.8, null).intervalDays(10)).toBeGreaterThan(10);
  });
});

describe('projecting studied cards to the interview', () => {
  it('leaves a card due after the interview alone: idle and scheduled agree, no reviews', () => {
    const card = { stability: 60, difficulty: 5, lastReview: -5, due: 55 };
    const projection = projectStudiedCards(model, [card], horizon);
    const expected = model.recall(21 + 5, 60);
    expect(projection.idle).toBeCloseTo(expected, 10);
    expect(projection.scheduled).toBeCloseTo(expected, 10);
    expect(projection.reviewsByDay.every((reviews) => reviews === 0)).toBe(true);
    expect(projection.recallByDay[0]).toBeCloseTo(model.recall(5.25, 60), 10);
    expect(projection.recallByDay[10]).toBeCloseTo(model.recall(15, 60), 10);
  });

  it('counts a card reviewed earlier today in the recall now, once', () => {
    const card = { stability: 5, difficulty: 5, lastReview: 0.1, due: 5.1 };
    const projection = projectStudiedCards(model, [card], horizon);
    expect(projection.recallByDay[0]).toBeCloseTo(model.recall(0.15, 5), 10);
    expect(projection.recallByDay[1]).toBeCloseTo(model.recall(0.9, 5), 10);
  });

  it('counts the reviews a card due before the interview gets, and its recall rises above idling', () => {
    const card = { stability: 3, difficulty: 5, lastReview: -3, due: 0 };
    const projection = projectStudiedCards(model, [card], horizon);
    const recallAtReview = model.recall(3.25, 3);
    // Today: the review itself, plus the relearning step of the branch that forgot.
    expect(projection.reviewsByDay[0]).toBeCloseTo(1 + (1 - recallAtReview), 10);
    expect(projection.idle).toBeCloseTo(model.recall(24, 3), 10);
    expect(projection.scheduled).toBeGreaterThan(0.85);
    expect(projection.scheduled).toBeGreaterThan(projection.idle + 0.2);
  });

  it('gives the exact expectation over review outcomes, as sampling confirms', () => {
    const cards: StudiedCard[] = [
      { stability: 1.5, difficulty: 7, lastReview: -1, due: 0.4 },
      { stability: 8, difficulty: 4, lastReview: -6, due: 2 },
      { stability: 0.5, difficulty: 9, lastReview: -0.1, due: 0.3 },
    ];
    for (const [index, card] of cards.entries()) {
      const exact = projectStudiedCards(model, [card], horizon).scheduled;
      expect(Math.abs(sampledRecallAtInterview(card, 40_000, index + 1) - exact)).toBeLessThan(0.01);
    }
  });

  it('weights grouped cards by their count (up to the merging of nearly equal branches)', () => {
    const card = { stability: 4, difficulty: 6, lastReview: -2, due: 2 };
    const one = projectStudiedCards(model, [card], horizon);
    const five = projectStudiedCards(model, [{ ...card, count: 5 }], horizon);
    expect(Math.abs(five.scheduled - 5 * one.scheduled)).toBeLessThan(1e-3 * five.scheduled);
    expect(five.idle).toBeCloseTo(5 * one.idle, 10);
    expect(five.reviewsByDay[2]).toBeCloseTo(5 * one.reviewsByDay[2]!, 10);
  });
});

describe('projecting a new card', () => {
  it('is well recalled at the interview whatever day it is learnt, and one learnt today gets several reviews', () => {
    const byDay = projectNewCards(model, horizon);
    expect(byDay).toHaveLength(21);
    const early = byDay[0]!.scheduled;
    const late = byDay[20]!.scheduled;
    expect(early).toBeGreaterThan(0.85);
    expect(late).toBeGreaterThan(0.85);
    expect(byDay[0]!.reviewsByDay.reduce((sum, n) => sum + n, 0)).toBeGreaterThan(2);
  });
});

/** Cards in varied states, as a real collection has: stability from a day to a year, some overdue. */
function randomCards(count: number, seed: number): StudiedCard[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const stability = Math.exp(random() * Math.log(365));
    const lastReview = -random() * Math.min(stability * 1.5, 120);
    return { stability, difficulty: 1 + 9 * random(), lastReview, due: lastReview + Math.max(1, Math.round(stability)) };
  });
}

/**
 * Recall within 0.1%. A merged branch's next review can land a day off one of its members' (intervals are whole
 * days), so reviews may move by about one card a day, and a few past the interview: within 0.5% in total.
 */
function expectCloseProjections(actual: Projection, expected: Projection) {
  const close = (a: number, b: number, slack = 0, relative = 1e-3) =>
    expect(Math.abs(a - b)).toBeLessThanOrEqual(relative * Math.abs(b) + slack);
  close(actual.idle, expected.idle);
  close(actual.scheduled, expected.scheduled);
  actual.recallByDay.forEach((value, day) => close(value, expected.recallByDay[day]!));
  const total = (projection: Projection) => projection.reviewsByDay.reduce((sum, reviews) => sum + reviews, 0);
  close(total(actual), total(expected), 0, 5e-3);
  actual.reviewsByDay.forEach((value, day) => close(value, expected.reviewsByDay[day]!, 1.5));
}

describe('merging nearly equal states', () => {
  it('keeps the expectation of many cards close to projecting each card alone', () => {
    const cards = randomCards(600, 7);
    const alone = cards.map((card) => projectStudiedCards(model, [card], horizon));
    const sum = (pick: (projection: Projection) => number) => alone.reduce((total, projection) => total + pick(projection), 0);
    const expected: Projection = {
      idle: sum((projection) => projection.idle),
      scheduled: sum((projection) => projection.scheduled),
      recallByDay: Array.from({ length: 22 }, (_, day) => sum((projection) => projection.recallByDay[day]!)),
      reviewsByDay: Array.from({ length: 21 }, (_, day) => sum((projection) => projection.reviewsByDay[day]!)),
    };
    expectCloseProjections(projectStudiedCards(model, cards, horizon), expected);
  });

  it('projects groups together as it would apart, each group only its own cards', () => {
    const groups = [randomCards(300, 1), randomCards(200, 2), [], randomCards(100, 3)];
    const together = projectCardGroups(model, groups, horizon);
    expect(together).toHaveLength(4);
    groups.forEach((cards, group) => expectCloseProjections(together[group]!, projectStudiedCards(model, cards, horizon)));
    expect(together[2]!.scheduled).toBe(0);
  });
});

describe('interview mode in the projection', () => {
  // Recall at the interview, three weeks on, about 0.81 for a card of stability 10: below a 0.9 target.
  const now = new Date(2026, 10, 23, 10, 0);
  const settings = { interviewDate: '2026-12-14', interviewAreas: [], interviewMode: true, targetRecall: 0.9, dayStartHour: 4, fsrsWeights: null };
  const grid = interviewHorizon(settings.interviewDate, now, settings.dayStartHour)!;
  const lastReview = new Date(2026, 10, 22, 12, 0);
  const due = new Date(lastReview.getTime() + 40 * 86_400_000);
  const card = { stability: 10, difficulty: 5, lastReview: grid.toDays(lastReview), due: grid.toDays(due) };

  it('reviews a weak card on the days the scheduler would pick, and lifts its recall at the interview', () => {
    const off = projectStudiedCards(model, [card], grid.horizon);
    const on = projectStudiedCards(model, [card], grid.horizon, { target: settings.targetRecall });
    expect(off.reviewsByDay.every((reviews) => reviews === 0)).toBe(true);
    expect(off.scheduled).toBeLessThan(0.85);
    expect(on.scheduled).toBeGreaterThan(off.scheduled + 0.05);

    const memory = { state: 'review' as const, due, stability: 10, difficulty: 5, scheduledDays: 40, learningSteps: 0, reps: 4, lapses: 0, lastReview };
    const schedulerDays = new Set(
      Array.from({ length: 200 }, (_, index) =>
        Math.floor(grid.toDays(interviewModeDue({ id: `card-${index}`, area: 'probability' }, memory, settings, now))),
      ),
    );
    const firstReviewDay = on.reviewsByDay.findIndex((reviews) => reviews > 0);
    expect(firstReviewDay).toBe(Math.min(...schedulerDays));
    expect(schedulerDays.size).toBeGreaterThan(1);
    // Each day the scheduler may pick gets its even share of the card's first review.
    for (const day of schedulerDays) expect(on.reviewsByDay[day]!).toBeGreaterThanOrEqual(1 / schedulerDays.size - 1e-9);
  });

  it('adds no review for a card already above the target at the interview', () => {
    const strong = { ...card, stability: 300, due: card.lastReview + 300 };
    const projection = projectStudiedCards(model, [strong], grid.horizon, { target: 0.9 });
    expect(projection.reviewsByDay.every((reviews) => reviews === 0)).toBe(true);
  });
});
