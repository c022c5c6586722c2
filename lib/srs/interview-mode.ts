import { forgetting_curve } from 'ts-fsrs';
import { interviewHorizon } from '@/lib/readiness/interview-horizon';
import { fsrsWeights, sameFsrsWeights } from './fsrs-weights';
import type { MemoryState } from './memory-state';
import { DAY_MS } from './review-day';

export interface InterviewSettings {
  interviewDate: string | null;
  interviewAreas: readonly string[];
  interviewMode: boolean;
  targetRecall: number;
  dayStartHour: number;
  /** The forgetting curve's parameters (null: ts-fsrs's defaults): they decide which cards fall below the target. */
  fsrsWeights: readonly number[] | null;
}

/** Whether two sets of settings would schedule the interview differently (what re-scheduling depends on). */
export function interviewPlanChanged(before: InterviewSettings, after: InterviewSettings): boolean {
  return (
    before.interviewDate !== after.interviewDate ||
    before.interviewMode !== after.interviewMode ||
    before.targetRecall !== after.targetRecall ||
    before.dayStartHour !== after.dayStartHour ||
    before.interviewAreas.join() !== after.interviewAreas.join() ||
    !sameFsrsWeights(before.fsrsWeights, after.fsrsWeights)
  );
}

/** The card a scheduling decision is about: interview mode applies only to the areas the interview covers. */
export interface CardRef {
  id: string;
  area: string;
}

/** The last days before the interview over which interview mode spreads the reviews it adds. */
export const INTERVIEW_WINDOW_DAYS = 7;

/** FNV-1a: a stable, well-spread hash of the card id, to pick its day in the window. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

/**
 * When a card should next be reviewed, given its FSRS state, with interview mode on. A studied card in the covered
 * areas whose FSRS due date falls after the interview, and whose predicted recall at the interview would be below
 * the target, is brought forward to one of the last days before it: a day late enough that recall at the interview,
 * counted from that review, reaches the target (a successful review only raises stability), chosen by the card's id
 * among the eligible days of the last week so the extra reviews spread out instead of landing on one day.
 * Otherwise the FSRS due date stands.
 */
export function interviewModeDue(card: CardRef, memory: MemoryState, settings: InterviewSettings, now: Date): Date {
  const { due, lastReview, stability } = memory;
  if (!settings.interviewMode || !settings.interviewDate || !lastReview || stability <= 0) return due;
  if (settings.interviewAreas.length > 0 && !settings.interviewAreas.includes(card.area)) return due;
  const grid = interviewHorizon(settings.interviewDate, now, settings.dayStartHour);
  if (!grid || due.getTime() <= grid.interviewStart.getTime()) return due;
  const weights = fsrsWeights(settings.fsrsWeights);
  const recallAfter = (days: number) => forgetting_curve(weights, Math.max(0, days), stability);
  const interviewDay = grid.horizon.interviewDay;
  if (recallAfter(grid.toDays(grid.interviewStart) - grid.toDays(lastReview)) >= settings.targetRecall) return due;

  // A card reviewed today comes back tomorrow at the earliest.
  const firstDay = grid.toDays(lastReview) >= 0 ? 1 : 0;
  const window = interviewModeWindow(recallAfter, firstDay, interviewDay, settings.targetRecall);
  if (!window) return due;
  const day = window.from + (hash(`${card.id}:${memory.reps}`) % (interviewDay - window.from));
  const reviewAt = new Date(grid.interviewStart);
  reviewAt.setDate(reviewAt.getDate() - (interviewDay - day));
  return reviewAt.getTime() < due.getTime() ? reviewAt : due;
}

/**
 * The days interview mode may move a card's review to, on a grid where day 0 is today and the interview starts day
 * `interviewDay`: from `from` to the day before the interview, the last days late enough that recall at the
 * interview, counted from a review at the start of the day, reaches the target, within the last week and not before
 * `firstDay` (the day after the card's last review, or today). Null when no day qualifies. `recallAfter(days)` is
 * the card's forgetting curve.
 */
export function interviewModeWindow(
  recallAfter: (days: number) => number,
  firstDay: number,
  interviewDay: number,
  target: number,
): { from: number } | null {
  let earliest = interviewDay - 1;
  while (earliest > firstDay && recallAfter(interviewDay - (earliest - 1)) >= target) earliest -= 1;
  if (earliest < firstDay) return null;
  return { from: Math.max(earliest, interviewDay - INTERVIEW_WINDOW_DAYS, firstDay) };
}

/** The due date FSRS itself gave a card in review: its last review plus the scheduled days. */
export function fsrsReviewDue(memory: MemoryState): Date {
  return memory.state === 'review' && memory.lastReview
    ? new Date(memory.lastReview.getTime() + memory.scheduledDays * DAY_MS)
    : memory.due;
}
