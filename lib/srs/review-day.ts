/** A day in milliseconds: for elapsed time in days (FSRS counts days as 24 h); calendar days go through getReviewDay. */
export const DAY_MS = 86_400_000;

/**
 * The review day that contains `now`: it starts at `dayStartHour` local time (4 a.m. by default, so a late
 * session still counts for the evening it started in) and lasts until the same hour the next day.
 */
export function getReviewDay(now: Date, dayStartHour: number): { start: Date; end: Date } {
  const start = new Date(now);
  start.setHours(dayStartHour, 0, 0, 0);
  if (start.getTime() > now.getTime()) start.setDate(start.getDate() - 1);
  const end = new Date(start);
  end.setDate(end.getDate() + 1);
  return { start, end };
}
