import {
  type Card as FsrsCard,
  type Grade,
  GenSeedStrategyWithCardId,
  State,
  StrategyMode,
  createEmptyCard,
  fsrs,
  generatorParameters,
  type StepUnit,
} from 'ts-fsrs';
import { fsrsWeights } from './fsrs-weights';
import { type CardRef, type InterviewSettings, interviewModeDue } from './interview-mode';
import { CARD_STATES, RATINGS, type MemoryState, type Rating } from './memory-state';

/** FSRS settings, and optionally the interview settings that let interview mode move due dates. */
export type SchedulerSettings = {
  desiredRetention: number;
  learningSteps: readonly string[];
  relearningSteps: readonly string[];
  /** Parameters fitted to the person's history; null: ts-fsrs's defaults. */
  fsrsWeights: readonly number[] | null;
} & Partial<Omit<InterviewSettings, 'fsrsWeights'>>;

export interface Scheduler {
  /** The state after answering `rating` at `now`; `previous` is null for a card never reviewed. */
  grade(card: CardRef, previous: MemoryState | null, rating: Rating, now: Date): MemoryState;
  /** The state each of the four answers would give at `now`, for the interval shown on each button. */
  preview(card: CardRef, previous: MemoryState | null, now: Date): Record<Rating, MemoryState>;
}

function interviewSettingsOf(settings: SchedulerSettings): InterviewSettings | null {
  const { interviewDate, interviewAreas, interviewMode, targetRecall, dayStartHour, fsrsWeights } = settings;
  if (!interviewDate || !interviewMode || !interviewAreas || targetRecall === undefined || dayStartHour === undefined) return null;
  return { interviewDate, interviewAreas, interviewMode, targetRecall, dayStartHour, fsrsWeights };
}

const STATE_TO_FSRS: Record<MemoryState['state'], State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

/**
 * Wraps ts-fsrs with the person's settings, their fitted FSRS parameters included. Fuzz is on, so cards learnt
 * together do not all come back on the same day, and it is seeded by card id and repetition count rather than by
 * the clock: the interval shown on a button is exactly the one the review then gets. With an interview date and
 * interview mode on, a due date after the interview may be brought forward (see interview-mode.ts).
 */
export function createScheduler(settings: SchedulerSettings): Scheduler {
  const engine = fsrs(
    generatorParameters({
      request_retention: settings.desiredRetention,
      enable_fuzz: true,
      enable_short_term: true,
      w: fsrsWeights(settings.fsrsWeights),
      learning_steps: settings.learningSteps as StepUnit[],
      relearning_steps: settings.relearningSteps as StepUnit[],
    }),
  ).useStrategy(StrategyMode.SEED, GenSeedStrategyWithCardId('card_id'));

  const interview = interviewSettingsOf(settings);
  const withInterviewMode = (card: CardRef, state: MemoryState, now: Date): MemoryState =>
    interview ? { ...state, due: interviewModeDue(card, state, interview, now) } : state;

  const toFsrs = (cardId: string, state: MemoryState | null, now: Date) => {
    const card: FsrsCard & { card_id: string } = state
      ? {
          card_id: cardId,
          due: state.due,
          stability: state.stability,
          difficulty: state.difficulty,
          elapsed_days: 0,
          scheduled_days: state.scheduledDays,
          learning_steps: state.learningSteps,
          reps: state.reps,
          lapses: state.lapses,
          state: STATE_TO_FSRS[state.state],
          ...(state.lastReview ? { last_review: state.lastReview } : {}),
        }
      : { ...createEmptyCard(now), card_id: cardId };
    return card;
  };

  return {
    grade(card, previous, rating, now) {
      return withInterviewMode(card, fromFsrs(engine.next(toFsrs(card.id, previous, now), now, rating as Grade).card), now);
    },
    preview(card, previous, now) {
      // One repeat() schedules all four ratings in one pass: the queue previews every card it loads.
      const outcomes = engine.repeat(toFsrs(card.id, previous, now), now);
      const entries = RATINGS.map((rating) => [rating, withInterviewMode(card, fromFsrs(outcomes[rating as Grade].card), now)]);
      return Object.fromEntries(entries) as Record<Rating, MemoryState>;
    },
  };
}

function fromFsrs(card: FsrsCard): MemoryState {
  return {
    state: CARD_STATES[card.state]!,
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.last_review ?? null,
  };
}
