import { DAY_MS, getReviewDay } from '@/lib/srs/review-day';
import type { Horizon } from './project-recall';

/**
 * Puts projections on a day grid: day 0 is today's review day, days start at `dayStartHour`, and the interview is
 * at the start of the review day of `interviewDate` (a local YYYY-MM-DD). Null when the date is not in the future.
 */
export function interviewHorizon(interviewDate: string, now: Date, dayStartHour: number) {
  const today = getReviewDay(now, dayStartHour);
  const [year, month, day] = interviewDate.split('-').map(Number) as [number, number, number];
  const interviewStart = new Date(year, month - 1, day, dayStartHour);
  // Whole review days; rounding absorbs the hour a daylight-saving change adds or removes.
  const interviewDay = Math.round((interviewStart.getTime() - today.start.getTime()) / DAY_MS);
  if (interviewDay < 1) return null;
  const horizon: Horizon = { now: (now.getTime() - today.start.getTime()) / DAY_MS, interviewDay };
  /** A time (a Date or epoch milliseconds) on the grid, in days. */
  const toDays = (time: Date | number) => ((typeof time === 'number' ? time : time.getTime()) - today.start.getTime()) / DAY_MS;
  return { horizon, toDays, interviewStart };
}
