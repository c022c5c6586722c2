import { describe, expect, it } from 'vitest';
import { emptyProjection, projectNewCards, projectStudiedCards } from '@/lib/readiness/project-recall';
import { createRecallModel } from '@/lib/readiness/recall-model';
import { planArea, planFitsLimits } from '@/lib/readiness/study-plan';

const model = createRecallModel(0.9, null);
const horizon = { now: 0.4, interviewDay: 21 };
const newCards = projectNewCards(model, horizon);

describe('planning new cards for the interview', () => {
  it('finds the smallest daily number of new cards that reaches the target', () => {
    const input = { area: 'probability', cards: 60, unseen: 60, studied: emptyProjection(horizon) };
    const plan = planArea(input, newCards, 0.85, horizon);
    expect(plan.reachable).toBe(true);
    expect(plan.recallWithPlan).toBeGreaterThanOrEqual(0.85);
    expect(plan.recallIfIdle).toBe(0);
    // One card a day fewer would fall short.
    let recalledWithOneFewer = 0;
    let remaining = input.unseen;
    for (let day = 0; day < newCards.length && remaining > 0; day++) {
      const introduced = Math.min(plan.newPerDay - 1, remaining);
      recalledWithOneFewer += introduced * newCards[day]!.scheduled;
      remaining -= introduced;
    }
    expect(recalledWithOneFewer / input.cards).toBeLessThan(0.85);
    expect(plan.recallByDay).toHaveLength(22);
    expect(plan.recallByDay[21]).toBeCloseTo(plan.recallWithPlan, 10);
  });

  it('needs no new cards when the studied ones already reach the target', () => {
    const studied = projectStudiedCards(
      model,
      [{ stability: 200, difficulty: 3, lastReview: -1, due: 199, count: 50 }],
      horizon,
    );
    const plan = planArea({ area: 'sql-databases', cards: 50, unseen: 0, studied }, newCards, 0.85, horizon);
    expect(plan).toMatchObject({ newPerDay: 0, reachable: true });
    expect(plan.recallAsScheduled).toBeGreaterThan(0.9);
  });

  it('says when the target is out of reach: too few cards left to learn', () => {
    const studied = projectStudiedCards(model, [{ stability: 1, difficulty: 9, lastReview: -60, due: 25, count: 40 }], horizon);
    const plan = planArea({ area: 'statistics-inference', cards: 50, unseen: 10, studied }, newCards, 0.85, horizon);
    expect(plan.reachable).toBe(false);
    expect(plan.newPerDay).toBe(1);
    expect(plan.recallWithPlan).toBeLessThan(0.85);
  });

  it('checks the plans of all areas against the daily limits together', () => {
    const input = { area: 'probability', cards: 100, unseen: 100, studied: emptyProjection(horizon) };
    const plan = planArea(input, newCards, 0.85, horizon);
    const both = planFitsLimits([plan, { ...plan, area: 'linear-algebra' }], { newCardsPerDay: 20, maxReviewsPerDay: 200 });
    expect(both.newPerDay).toBe(2 * plan.newPerDay);
    expect(both.fits).toBe(both.newPerDay <= 20 && both.peakReviews <= 200);
    expect(planFitsLimits([plan], { newCardsPerDay: plan.newPerDay - 1, maxReviewsPerDay: 5000 }).fits).toBe(false);
  });
});
