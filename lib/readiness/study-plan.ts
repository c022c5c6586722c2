import { type Horizon, type Projection, addProjection, emptyProjection } from './project-recall';

export interface AreaPlanInput {
  area: string;
  /** Cards in the area's bank. */
  cards: number;
  /** Cards never studied. */
  unseen: number;
  /** Projection of the studied cards. */
  studied: Projection;
}

export interface AreaPlan {
  area: string;
  cards: number;
  /** New cards to introduce each day, from today, until the unseen ones run out. */
  newPerDay: number;
  /** Whether the target is reached by the interview with this plan. */
  reachable: boolean;
  /** Expected recall over all the area's cards at the interview: doing nothing, as scheduled, and with the plan. */
  recallIfIdle: number;
  recallAsScheduled: number;
  recallWithPlan: number;
  /** With the plan: expected recall over the area at the start of each day 0..interviewDay, and reviews per day. */
  recallByDay: number[];
  reviewsByDay: number[];
}

/**
 * The smallest number of new cards a day (introduced from today, as long as unseen cards remain) that brings the
 * area's expected recall at the interview to `target`, with every review done on time. When no number suffices,
 * the plan introduces all unseen cards evenly over the days left and says the target is out of reach.
 */
export function planArea(input: AreaPlanInput, newCards: readonly Projection[], target: number, horizon: Horizon): AreaPlan {
  const withNewCards = (perDay: number) => {
    const total = addProjection(emptyProjection(horizon), input.studied);
    let remaining = input.unseen;
    for (let day = 0; day < newCards.length && remaining > 0; day++) {
      const introduced = Math.min(perDay, remaining);
      addProjection(total, newCards[day]!, introduced);
      remaining -= introduced;
    }
    return total;
  };
  const recallOf = (projection: Projection) => (input.cards === 0 ? 0 : projection.scheduled / input.cards);

  let perDay = 0;
  let reachable = recallOf(input.studied) >= target;
  if (!reachable) {
    let low = 1;
    let high = input.unseen;
    reachable = high > 0 && recallOf(withNewCards(high)) >= target;
    if (reachable) {
      while (low < high) {
        const middle = Math.floor((low + high) / 2);
        if (recallOf(withNewCards(middle)) >= target) high = middle;
        else low = middle + 1;
      }
      perDay = low;
    } else {
      perDay = Math.ceil(input.unseen / Math.max(1, newCards.length));
    }
  }
  const planned = withNewCards(perDay);
  const scale = (values: number[]) => values.map((value) => (input.cards === 0 ? 0 : value / input.cards));
  return {
    area: input.area,
    cards: input.cards,
    newPerDay: perDay,
    reachable,
    recallIfIdle: input.cards === 0 ? 0 : input.studied.idle / input.cards,
    recallAsScheduled: recallOf(input.studied),
    recallWithPlan: recallOf(planned),
    recallByDay: scale(planned.recallByDay),
    reviewsByDay: planned.reviewsByDay,
  };
}

/** Whether the plans of all chosen areas together fit the daily limits. */
export function planFitsLimits(plans: readonly AreaPlan[], limits: { newCardsPerDay: number; maxReviewsPerDay: number }) {
  const newPerDay = plans.reduce((sum, plan) => sum + plan.newPerDay, 0);
  const days = Math.max(0, ...plans.map((plan) => plan.reviewsByDay.length));
  const reviewsPerDay = Array.from({ length: days }, (_, day) =>
    plans.reduce((sum, plan) => sum + (plan.reviewsByDay[day] ?? 0), 0),
  );
  const peakReviews = Math.ceil(Math.max(0, ...reviewsPerDay));
  return {
    newPerDay,
    peakReviews,
    reviewsPerDay,
    fits: newPerDay <= limits.newCardsPerDay && peakReviews <= limits.maxReviewsPerDay,
  };
}
