import { default_w, forgetting_curve } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/lib/mock/seeded-random';
import { INTERVIEW_WINDOW_DAYS, fsrsReviewDue, interviewModeDue, interviewPlanChanged } from '@/lib/srs/interview-mode';
import type { MemoryState } from '@/lib/srs/memory-state';
import { createRecallModel } from '@/lib/readiness/recall-model';
import { createScheduler } from '@/lib/srs/scheduler';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';

const DAY = 86_400_000;
const now = new Date(2026, 10, 23, 10, 0);
const interviewStart = new Date(2026, 11, 14, 4, 0);
const interview = {
  interviewDate: '2026-12-14',
  interviewAreas: ['probability'],
  interviewMode: true,
  targetRecall: 0.85,
  dayStartHour: 4,
  fsrsWeights: null,
};
const card = { id: 'prob-a', area: 'probability' };

function reviewState(stability: number, lastReview: Date, scheduledDays: number): MemoryState {
  return {
    state: 'review',
    due: new Date(lastReview.getTime() + scheduledDays * DAY),
    stability,
    difficulty: 5,
    scheduledDays,
    learningSteps: 0,
    reps: 4,
    lapses: 0,
    lastReview,
  };
}
const recallAtInterview = (memory: MemoryState) =>
  forgetting_curve(default_w, (interviewStart.getTime() - memory.lastReview!.getTime()) / DAY, memory.stability);

describe('interview mode for one card', () => {
  const weak = reviewState(10, now, 40); // due long after the interview; recall there about 0.84

  it('brings a card that would be recalled below the target forward into the last week, close enough to pass', () => {
    expect(recallAtInterview(weak)).toBeLessThan(0.85);
    const due = interviewModeDue(card, weak, interview, now);
    const daysBefore = (interviewStart.getTime() - due.getTime()) / DAY;
    expect(daysBefore).toBeGreaterThanOrEqual(1);
    expect(daysBefore).toBeLessThanOrEqual(INTERVIEW_WINDOW_DAYS);
    expect(due.getHours()).toBe(4);
    expect(forgetting_curve(default_w, daysBefore, weak.stability)).toBeGreaterThanOrEqual(0.85);
  });

  it('leaves alone cards strong enough, due before the interview, in other areas, or with the mode off', () => {
    const strong = reviewState(200, now, 180);
    expect(interviewModeDue(card, strong, interview, now)).toEqual(strong.due);
    const soon = reviewState(3, now, 3);
    expect(interviewModeDue(card, soon, interview, now)).toEqual(soon.due);
    expect(interviewModeDue({ id: 'sql-a', area: 'sql-databases' }, weak, interview, now)).toEqual(weak.due);
    expect(interviewModeDue(card, weak, { ...interview, interviewMode: false }, now)).toEqual(weak.due);
    expect(interviewModeDue(card, weak, { ...interview, interviewDate: '2026-11-01' }, now)).toEqual(weak.due);
  });

  it('covers every area when none is chosen', () => {
    const anyArea = interviewModeDue({ id: 'sql-a', area: 'sql-databases' }, weak, { ...interview, interviewAreas: [] }, now);
    expect(anyArea.getTime()).toBeLessThan(weak.due.getTime());
  });

  it('knows the due date FSRS gave, to restore it', () => {
    const moved = { ...weak, due: new Date(2026, 11, 10, 4) };
    expect(fsrsReviewDue(moved)).toEqual(weak.due);
  });
});

/**
 * A collection of 600 studied cards with spread-out stabilities, scheduled for 80% retention while the interview
 * needs 90%, reviewed (Good) every day as they fall due until the interview, three weeks away: with interview mode
 * every card is predicted at or above the target on the day, and the reviews it adds are spread over the last week
 * rather than piled onto one day. (With retention above the target, FSRS alone already gets there.)
 */
function simulate(interviewMode: boolean) {
  const settings = { ...DEFAULT_SETTINGS, ...interview, desiredRetention: 0.8, targetRecall: 0.9, interviewAreas: [], interviewMode };
  const scheduler = createScheduler(settings);
  const model = createRecallModel(0.8, null);
  const random = seededRandom(7);
  let cards = Array.from({ length: 600 }, (_, index) => {
    const stability = 2 + 150 * random() ** 2;
    const scheduledDays = model.intervalDays(stability);
    const lastReview = new Date(now.getTime() - random() * scheduledDays * DAY);
    const memory = reviewState(stability, lastReview, scheduledDays);
    const ref = { id: `card-${index}`, area: 'probability' };
    return { ref, memory: { ...memory, due: interviewModeDue(ref, memory, settings, now) } };
  });
  const addedReviewsByDay = new Map<number, number>();
  for (let day = 0; day < 21; day++) {
    // As in the app, a day's queue holds every card due before the next day starts.
    const at = new Date(2026, 10, 23 + day, 10, 0);
    const dayEnd = new Date(2026, 10, 24 + day, 4, 0);
    cards = cards.map(({ ref, memory }) => {
      if (memory.due.getTime() >= dayEnd.getTime()) return { ref, memory };
      if (memory.due.getTime() < fsrsReviewDue(memory).getTime()) addedReviewsByDay.set(day, (addedReviewsByDay.get(day) ?? 0) + 1);
      return { ref, memory: scheduler.grade(ref, memory, 3, at) };
    });
  }
  return { recall: cards.map(({ memory }) => recallAtInterview(memory)), addedReviewsByDay };
}

describe('interview mode over a collection', () => {
  it('gets every studied card to the target on the day, spreading the extra reviews over the last week', () => {
    const without = simulate(false);
    expect(without.recall.filter((recall) => recall < 0.9).length).toBeGreaterThan(50);

    const { recall, addedReviewsByDay } = simulate(true);
    expect(Math.min(...recall)).toBeGreaterThanOrEqual(0.9);
    const added = [...addedReviewsByDay.values()].reduce((sum, count) => sum + count, 0);
    expect(added).toBeGreaterThan(50);
    expect([...addedReviewsByDay.keys()].every((day) => day >= 21 - INTERVIEW_WINDOW_DAYS)).toBe(true);
    expect(addedReviewsByDay.size).toBe(INTERVIEW_WINDOW_DAYS);
    expect(Math.max(...addedReviewsByDay.values())).toBeLessThanOrEqual(0.3 * added);
  });
});

describe('whether the interview plan changed', () => {
  it('looks only at what re-scheduling depends on', () => {
    expect(interviewPlanChanged(interview, { ...interview })).toBe(false);
    expect(interviewPlanChanged(interview, { ...interview, interviewAreas: ['probability', 'sql-databases'] })).toBe(true);
    expect(interviewPlanChanged(interview, { ...interview, targetRecall: 0.9 })).toBe(true);
    expect(interviewPlanChanged(interview, { ...interview, interviewDate: null })).toBe(true);
  });
});
