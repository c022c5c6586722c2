/** Share of the items, counted from the earliest, that parameters are fitted on before being scored on the rest. */
export const TRAIN_SHARE = 0.75;

export interface TimeSeriesSplit {
  /** Items before this index (the earlier review days) are fitted on; the rest are held out. */
  trainCount: number;
  /** The first held-out review day. */
  firstTestDay: number;
}

/**
 * Splits items in time order into an earlier part to fit on and a later part to score on, at the boundary between
 * two review days closest to `trainShare` of the items. Whole days go to one side: the reviews of a day are made
 * together, so scoring on part of a day the fit has seen the rest of would flatter it. The held-out part is the
 * most recent, as it would be in use: parameters fitted on the past predict reviews still to come. Null when every
 * item falls on one day (there is no boundary).
 */
export function splitByDay(items: readonly { day: number }[], trainShare = TRAIN_SHARE): TimeSeriesSplit | null {
  const target = trainShare * items.length;
  let best: TimeSeriesSplit | null = null;
  for (let index = 1; index < items.length; index++) {
    const day = items[index]!.day;
    if (day === items[index - 1]!.day) continue;
    if (!best || Math.abs(index - target) < Math.abs(best.trainCount - target)) best = { trainCount: index, firstTestDay: day };
  }
  return best;
}
