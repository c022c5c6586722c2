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
import { CARD_STATES, RATINGS, type MemoryState, type Rating } from './memory-state';

export interface SchedulerSettings {
  desiredRetention: number;
  learningSteps: readonly string[];
  relearningSteps: readonly string[];
}

export interface Scheduler {
  /** The state after answering `rating` at `now`; `previous` is null for a card never reviewed. */
  grade(cardId: string, previous: MemoryState | null, rating: Rating, now: Date): MemoryState;
  /** The state each of the four answers would give at `now`, for the interval shown on each button. */
  preview(cardId: string, previous: MemoryState | null, now: Date): Record<Rating, MemoryState>;
}

const STATE_TO_FSRS: Record<MemoryState['state'], State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

/**
 * Wraps ts-fsrs with the person's settings. Fuzz is on, so cards learnt together do not all come back on the
 * same day, and it is seeded by card id and repetition count rather than by the clock: the interval shown on
 * a button is exactly the one the review then gets.
 */
export function createScheduler(settings: SchedulerSettings): Scheduler {
  const engine = fsrs(
    generatorParameters({
      request_retention: settings.desiredRetention,
      enable_fuzz: true,
      enable_short_term: true,
      learning_steps: settings.learningSteps as StepUnit[],
      relearning_steps: settings.relearningSteps as StepUnit[],
    }),
  ).useStrategy(StrategyMode.SEED, GenSeedStrategyWithCardId('card_id'));

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
    grade(cardId, previous, rating, now) {
      return fromFsrs(engine.next(toFsrs(cardId, previous, now), now, rating as Grade).card);
    },
    preview(cardId, previous, now) {
      const card = toFsrs(cardId, previous, now);
      const entries = RATINGS.map((rating) => [rating, fromFsrs(engine.next(card, now, rating as Grade).card)]);
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
