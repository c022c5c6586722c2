import type { MemoryState } from '@/lib/srs/memory-state';
import type { CardRow, StoredMemoryState } from '../schema';

/** The FSRS state of a card row; null while the card is new. */
export function memoryStateOfRow(row: CardRow): MemoryState | null {
  if (row.state === 'new' || row.due === null) return null;
  return {
    state: row.state,
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    lastReview: row.lastReview,
  };
}

/** The card columns that hold a memory state; `null` resets the card to new. */
export function memoryStateColumns(state: MemoryState | null) {
  if (!state) {
    return {
      state: 'new' as const,
      due: null,
      stability: 0,
      difficulty: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 0,
      lapses: 0,
      lastReview: null,
    };
  }
  return { ...state };
}

export function toStoredState(state: MemoryState): StoredMemoryState {
  return { ...state, due: state.due.getTime(), lastReview: state.lastReview?.getTime() ?? null };
}

export function fromStoredState(stored: StoredMemoryState): MemoryState {
  return {
    ...stored,
    due: new Date(stored.due),
    lastReview: stored.lastReview === null ? null : new Date(stored.lastReview),
  };
}
