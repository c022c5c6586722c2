import { fsrsWeights } from '../fsrs-weights';
import { type Evaluation, evaluateWeights, fitWeights, toBindingItems, yieldToEventLoop } from './fsrs-binding';
import { type HistorySummary, historyShortfall, summarizeItems } from './history-minimum';
import { type LoggedReview, createItemBuilder, dayNumberDate } from './review-items';
import { splitByDay } from './time-series-split';

export type OptimizerPhase = 'reading' | 'fitting-earlier' | 'checking' | 'fitting-all';

export interface OptimizerProgress {
  phase: OptimizerPhase;
  /** Share of the whole job done, 0 to 1. */
  share: number;
}

/** Where each phase starts and ends in the job's progress, roughly by the time it takes. */
const PHASE_SPANS: Record<OptimizerPhase, [number, number]> = {
  reading: [0, 0.2],
  'fitting-earlier': [0.2, 0.55],
  checking: [0.55, 0.6],
  'fitting-all': [0.6, 1],
};

export interface OptimizerResult {
  history: HistorySummary;
  /** The time-series split: reviews fitted on, reviews scored on, and the first scored review day (YYYY-MM-DD). */
  heldOut: { fittedOn: number; checkedOn: number; from: string };
  /** The parameters in use when the job started as stored (null: the defaults) and resolved, scored on the held-out reviews. */
  current: { fsrsWeights: readonly number[] | null; weights: readonly number[]; evaluation: Evaluation };
  /** ts-fsrs's defaults scored on the held-out reviews; null when they are the current parameters. */
  defaults: Evaluation | null;
  /**
   * `evaluation`: parameters fitted on the earlier reviews, scored on the held-out later ones. `weights`: the
   * parameters fitted the same way on the whole history, the ones applied on confirmation.
   */
  fitted: { weights: number[]; evaluation: Evaluation };
  /** The fit predicted the held-out reviews better (lower log loss) than the current parameters. */
  better: boolean;
}

export type OptimizerOutcome = { status: 'refused'; message: string; history: HistorySummary } | { status: 'done'; result: OptimizerResult };

export interface OptimizerSettings {
  dayStartHour: number;
  relearningSteps: readonly string[];
  fsrsWeights: readonly number[] | null;
}

/**
 * Fits FSRS parameters to the person's review history and checks them on a time-series split: the review log is
 * turned into FSRS items; below the minimum history the job stops with the reason; otherwise parameters are fitted
 * on the earlier review days and scored, beside the current ones (and the defaults), on the later days they did not
 * see, then fitted again on the whole history, the parameters offered for applying. `pages` is the log in time
 * order, a page at a time (the event loop is let go between pages); `report` gets the progress.
 */
export async function optimizeParameters(
  pages: Iterable<readonly LoggedReview[]> | AsyncIterable<readonly LoggedReview[]>,
  totalReviews: number,
  settings: OptimizerSettings,
  report: (progress: OptimizerProgress) => void,
): Promise<OptimizerOutcome> {
  const progress = (phase: OptimizerPhase, share: number) => {
    const [from, to] = PHASE_SPANS[phase];
    report({ phase, share: from + (to - from) * Math.min(1, Math.max(0, share)) });
  };
  const builder = createItemBuilder(settings.dayStartHour);
  let read = 0;
  for await (const page of pages) {
    for (const review of page) builder.add(review);
    read += page.length;
    progress('reading', (0.5 * read) / Math.max(1, totalReviews));
    await yieldToEventLoop();
  }
  const items = builder.items();
  const history = summarizeItems(items);
  const shortfall = historyShortfall(history);
  const split = splitByDay(items);
  if (shortfall || !split) return { status: 'refused', message: shortfall ?? 'All your reviews fall on one day.', history };

  const all = await toBindingItems(items, (converted) => progress('reading', 0.5 + (0.5 * converted) / items.length));
  const earlier = all.slice(0, split.trainCount);
  const later = all.slice(split.trainCount);
  const numRelearningSteps = settings.relearningSteps.length;

  progress('fitting-earlier', 0);
  const fittedOnEarlier = await fitWeights(earlier, numRelearningSteps, (share) => progress('fitting-earlier', share));
  progress('checking', 0);
  // Each evaluation is synchronous (0.4 s for the later quarter of a million reviews): the event loop is let go
  // between them, so other requests wait for one at most, not for all three.
  const current = evaluateWeights(fsrsWeights(settings.fsrsWeights), later);
  await yieldToEventLoop();
  const fitted = evaluateWeights(fittedOnEarlier, later);
  await yieldToEventLoop();
  const defaults = settings.fsrsWeights ? evaluateWeights(fsrsWeights(null), later) : null;
  progress('checking', 1);
  await yieldToEventLoop();
  progress('fitting-all', 0);
  const weights = await fitWeights(all, numRelearningSteps, (share) => progress('fitting-all', share));
  progress('fitting-all', 1);

  return {
    status: 'done',
    result: {
      history,
      heldOut: { fittedOn: earlier.length, checkedOn: later.length, from: dayNumberDate(split.firstTestDay) },
      current: { fsrsWeights: settings.fsrsWeights, weights: fsrsWeights(settings.fsrsWeights), evaluation: current },
      defaults,
      fitted: { weights, evaluation: fitted },
      better: fitted.logLoss < current.logLoss,
    },
  };
}
