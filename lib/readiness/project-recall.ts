import { GOOD, type Memory, type RecallModel } from './recall-model';
import { Simulation, timeOfDay } from './simulation';

/**
 * Times are in days from the start of today's review day (day 0). `now` is the current time in [0, 1); the
 * interview is at the start of day `interviewDay`, and reviews on day d happen at max(now, due) within it.
 */
export interface Horizon {
  now: number;
  interviewDay: number;
}

/** A studied card, or `count` cards with the same state (callers may group cards to save work). */
export interface StudiedCard extends Memory {
  /** Time of the last review (≤ now). */
  lastReview: number;
  /** When the scheduler brings it back. */
  due: number;
  count?: number;
}

/** Expected values summed over the projected cards. */
export interface Projection {
  /** Expected number of cards recalled at the interview if no review happens from now on. */
  idle: number;
  /** The same if every review is done on the day it falls due. */
  scheduled: number;
  /** Under the schedule: expected cards recalled at the start of each day 0..interviewDay (day 0 at `now`). */
  recallByDay: number[];
  /** Under the schedule: expected reviews on each day 0..interviewDay−1. */
  reviewsByDay: number[];
}

export function emptyProjection(horizon: Horizon): Projection {
  return {
    idle: 0,
    scheduled: 0,
    recallByDay: new Array<number>(horizon.interviewDay + 1).fill(0),
    reviewsByDay: new Array<number>(horizon.interviewDay).fill(0),
  };
}

export function addProjection(total: Projection, part: Projection, weight = 1): Projection {
  total.idle += part.idle * weight;
  total.scheduled += part.scheduled * weight;
  part.recallByDay.forEach((value, day) => (total.recallByDay[day]! += value * weight));
  part.reviewsByDay.forEach((value, day) => (total.reviewsByDay[day]! += value * weight));
  return total;
}

/** Interview mode, when on: reviews it adds before the interview for cards below `target` there (see lib/srs). */
export interface InterviewModeRule {
  target: number;
}

/**
 * Simulates FSRS forward from each card's real state. Each review splits a card into two branches: recalled
 * (graded Good) with the predicted probability of recall, and forgotten (graded Again, then relearnt the same day).
 * Branches due on the same day in nearly the same state (stability and elapsed time within about 5%, difficulty
 * within 0.5) are merged, weight-averaged, before their review, so the work grows with the number of distinct
 * states rather than with cards times branches. The result is the expectation over the branches, not a sample.
 */
export function projectStudiedCards(
  model: RecallModel,
  cards: readonly StudiedCard[],
  horizon: Horizon,
  interviewMode?: InterviewModeRule,
): Projection {
  return projectCardGroups(model, [cards], horizon, interviewMode)[0]!;
}

/**
 * One projection per group of cards (a skill area, say), simulated together: branches of different groups in the
 * same state share their review, so projecting every area costs little more than projecting the largest.
 */
export function projectCardGroups(
  model: RecallModel,
  groups: readonly (readonly StudiedCard[])[],
  horizon: Horizon,
  interviewMode?: InterviewModeRule,
): Projection[] {
  const simulation = new Simulation(model, horizon, groups.length, interviewMode);
  groups.forEach((cards, group) => {
    for (const card of cards) {
      const count = card.count ?? 1;
      simulation.idle[group]! += count * model.recall(horizon.interviewDay - card.lastReview, card.stability);
      simulation.add(card, card.lastReview, card.due, count, group);
    }
  });
  return simulation.run();
}

/**
 * For each day from today to the day before the interview, a card introduced that day: learnt (graded Good through
 * its learning steps), then reviewed as scheduled. Its expected contribution at the interview, one projection per day.
 */
export function projectNewCards(model: RecallModel, horizon: Horizon, interviewMode?: InterviewModeRule): Projection[] {
  const simulation = new Simulation(model, horizon, horizon.interviewDay, interviewMode);
  const learnt = model.afterReview(model.afterReview(null, 0, GOOD), 0, GOOD);
  for (let day = 0; day < horizon.interviewDay; day++) {
    const at = timeOfDay(horizon, day);
    simulation.add(learnt, at, at + model.intervalDays(learnt.stability), 1, day);
  }
  return simulation.run().map((projection) => ({ ...projection, idle: projection.scheduled }));
}
