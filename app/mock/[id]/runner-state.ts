import type { QueueItem } from '@/lib/srs/queue-item';

export type MockQuestion = Omit<QueueItem, 'isNew' | 'dueAt' | 'intervals'>;

/** answering: the question is open; revealed: a free-recall model answer is shown for ticking key points;
 *  feedback: a checked answer was saved and its result is shown. */
export type RunnerPhase = 'answering' | 'revealed' | 'feedback';

export interface RunnerState {
  position: number;
  phase: RunnerPhase;
  typed: string;
  selected: ReadonlySet<number>;
  covered: ReadonlySet<number>;
  flagged: boolean;
  lastScore: number | null;
  finished: boolean;
  saving: boolean;
  error: string | null;
}

export type RunnerAction =
  | { type: 'type'; text: string }
  | { type: 'toggleOption'; index: number }
  | { type: 'toggleKeyPoint'; index: number }
  | { type: 'toggleFlag' }
  | { type: 'reveal' }
  | { type: 'saving' }
  | { type: 'saved'; score: number; finished: boolean }
  | { type: 'failed'; message: string }
  | { type: 'next' };

export function initialRunnerState(position: number): RunnerState {
  return {
    position,
    phase: 'answering',
    typed: '',
    selected: new Set(),
    covered: new Set(),
    flagged: false,
    lastScore: null,
    finished: false,
    saving: false,
    error: null,
  };
}

function toggle(set: ReadonlySet<number>, index: number): ReadonlySet<number> {
  const next = new Set(set);
  if (next.has(index)) next.delete(index);
  else next.add(index);
  return next;
}

export function runnerReducer(state: RunnerState, action: RunnerAction): RunnerState {
  switch (action.type) {
    case 'type':
      return { ...state, typed: action.text };
    case 'toggleOption':
      return state.phase === 'answering' ? { ...state, selected: toggle(state.selected, action.index) } : state;
    case 'toggleKeyPoint':
      return state.phase === 'revealed' ? { ...state, covered: toggle(state.covered, action.index) } : state;
    case 'toggleFlag':
      return { ...state, flagged: !state.flagged };
    case 'reveal':
      return { ...state, phase: 'revealed' };
    case 'saving':
      return { ...state, saving: true, error: null };
    case 'saved':
      return { ...state, saving: false, phase: 'feedback', lastScore: action.score, finished: action.finished };
    case 'failed':
      return { ...state, saving: false, error: action.message };
    case 'next':
      return initialRunnerState(state.position + 1);
  }
}
