import { interviewModeWindow } from '@/lib/srs/interview-mode';
import type { Horizon, InterviewModeRule, Projection } from './project-recall';
import { AGAIN, GOOD, type Memory, type RecallModel } from './recall-model';

/** The time of the start of `day` on the grid; today's "start" is now. */
export const timeOfDay = (horizon: Horizon, day: number) => (day === 0 ? horizon.now : day);

/**
 * Buckets of about 5% in stability (≥ 0.001 days) and in time, of 0.5 in difficulty, packed in one number (quick
 * to hash). Both keys include the first day whose recall a branch counts, so that merged branches agree on it.
 */
const stabilityStep = (stability: number) => Math.round(Math.log(stability) * 20) + 256;
const timeStep = (days: number) => Math.round(Math.log1p(days) * 20);
const reviewKey = (firstDay: number, memory: Memory, elapsed: number) =>
  ((firstDay * 1024 + stabilityStep(memory.stability)) * 32 + Math.round(memory.difficulty * 2)) * 1024 + timeStep(elapsed);
const restKey = (firstDay: number, stability: number, sinceLastReview: number) =>
  (firstDay * 1024 + stabilityStep(stability)) * 1024 + timeStep(sinceLastReview);

/** How a branch's weight splits over the groups: per group, or wholly in one group (a card, before any review). */
type Weights = Float64Array | number;

/** Branches merged into one: the weighted mean of their state, and their total weight in each group. */
interface Branch {
  stability: number;
  difficulty: number;
  lastReview: number;
  /** When the next review happens (after the interview for resting branches). */
  at: number;
  total: number;
  weights: Float64Array;
}

/**
 * The branching simulation behind projections (see project-recall.ts): branches of cards, merged by bucketed state,
 * reviewed day by day until the interview, with their weights kept per group of cards.
 */
export class Simulation {
  /** Per group: expected recall idling, and with the schedule at the interview. */
  readonly idle: Float64Array;
  private readonly scheduled: Float64Array;
  /** Per group and day, flat (group × days): the sums behind a projection's recallByDay and reviewsByDay. */
  private readonly recallByDay: Float64Array;
  private readonly reviewsByDay: Float64Array;
  /** Per day before the interview, the branches reviewed that day, merged by bucketed state. */
  private readonly reviews: Map<number, Branch>[];
  /** The branches with no review left before the interview, merged by stability and time since their last review. */
  private readonly resting = new Map<number, Branch>();

  constructor(
    private readonly model: RecallModel,
    private readonly horizon: Horizon,
    private readonly groupCount: number,
    private readonly interviewMode: InterviewModeRule | undefined,
  ) {
    this.idle = new Float64Array(groupCount);
    this.scheduled = new Float64Array(groupCount);
    this.recallByDay = new Float64Array(groupCount * (horizon.interviewDay + 1));
    this.reviewsByDay = new Float64Array(groupCount * horizon.interviewDay);
    this.reviews = Array.from({ length: horizon.interviewDay }, () => new Map());
  }

  /**
   * A branch of weight `scale`·`weights` holding `memory` since `lastReview`, next due at `due`: queued for its
   * review, or to rest until the interview. `weights` is read, never kept.
   */
  add(memory: Memory, lastReview: number, due: number, scale: number, weights: Weights): void {
    const { horizon } = this;
    const reviewDay = Math.max(0, Math.floor(due));
    if (reviewDay < horizon.interviewDay) {
      const at = Math.max(horizon.now, due, reviewDay);
      const queue = this.reviews[reviewDay]!;
      const key = reviewKey(this.firstDayAfter(lastReview), memory, at - lastReview);
      this.merge(queue, key, memory, lastReview, at, scale, weights);
    } else if (!this.addInterviewModeReviews(memory, lastReview, scale, weights)) {
      const key = restKey(this.firstDayAfter(lastReview), memory.stability, horizon.interviewDay - lastReview);
      this.merge(this.resting, key, memory, lastReview, Infinity, scale, weights);
    }
  }

  /**
   * Interview mode: a branch not due before the interview, recalled there below the target, is reviewed on one of
   * the window's days instead; the scheduler picks the day by card id, so the branch is spread evenly over them.
   * Returns whether it applied.
   */
  private addInterviewModeReviews(memory: Memory, lastReview: number, scale: number, weights: Weights): boolean {
    const { horizon, model, interviewMode } = this;
    if (!interviewMode) return false;
    const recallAfter = (days: number) => model.recall(days, memory.stability);
    if (recallAfter(horizon.interviewDay - lastReview) >= interviewMode.target) return false;
    // As the scheduler does on the day of the last review: not that same day.
    const firstDay = lastReview >= 0 ? Math.floor(lastReview) + 1 : 0;
    const window = interviewModeWindow(recallAfter, firstDay, horizon.interviewDay, interviewMode.target);
    if (!window) return false;
    const days = horizon.interviewDay - window.from;
    for (let day = window.from; day < horizon.interviewDay; day++) this.add(memory, lastReview, day, scale / days, weights);
    return true;
  }

  /** Adds a branch to `queue`: as a new entry, or merged into the entry of its bucket, weight-averaging the state. */
  private merge(
    queue: Map<number, Branch>,
    key: number,
    memory: Memory,
    lastReview: number,
    at: number,
    scale: number,
    weights: Weights,
  ): void {
    let merged = queue.get(key);
    if (!merged) {
      merged = {
        stability: memory.stability,
        difficulty: memory.difficulty,
        lastReview,
        at,
        total: 0,
        weights: new Float64Array(this.groupCount),
      };
      queue.set(key, merged);
    } else {
      const share = scale / (merged.total + scale);
      merged.stability += (memory.stability - merged.stability) * share;
      merged.difficulty += (memory.difficulty - merged.difficulty) * share;
      merged.lastReview += (lastReview - merged.lastReview) * share;
      if (at !== Infinity) merged.at += (at - merged.at) * share;
    }
    merged.total += scale;
    addSplit(merged.weights, 1, 0, weights, scale);
  }

  /**
   * Reviews each day's branches in order, each review adding its two outcomes as new branches, then counts the
   * resting branches' recall at the interview. Every branch's recall is counted on each day until its review.
   */
  run(): Projection[] {
    const { model, horizon } = this;
    this.reviews.forEach((queue, day) => {
      for (const branch of queue.values()) {
        this.countRecallUntil(branch, day);
        const elapsed = branch.at - branch.lastReview;
        const memory = { stability: branch.stability, difficulty: branch.difficulty };
        const recalled = model.recall(elapsed, memory.stability);
        // A lapse adds its relearning step.
        addSplit(this.reviewsByDay, horizon.interviewDay, day, branch.weights, 2 - recalled);
        const afterGood = model.afterReview(memory, elapsed, GOOD);
        this.add(afterGood, branch.at, branch.at + model.intervalDays(afterGood.stability), recalled, branch.weights);
        if (recalled < 1) {
          const relearnt = model.afterReview(model.afterReview(memory, elapsed, AGAIN), 0, GOOD);
          this.add(relearnt, branch.at, branch.at + model.intervalDays(relearnt.stability), 1 - recalled, branch.weights);
        }
      }
      queue.clear();
    });
    for (const branch of this.resting.values()) {
      this.countRecallUntil(branch, horizon.interviewDay);
      const recall = model.recall(horizon.interviewDay - branch.lastReview, branch.stability);
      addSplit(this.scheduled, 1, 0, branch.weights, recall);
    }
    this.resting.clear();
    return Array.from({ length: this.groupCount }, (_, group) => this.projectionOf(group));
  }

  /**
   * The first day whose start (now, for today) comes after a review at `time`. A branch counts its recall from that
   * day to its own review day included; a review at the very start of a day counts that day before the review.
   */
  private firstDayAfter(time: number): number {
    return time < this.horizon.now ? 0 : Math.floor(time) + 1;
  }

  /** Adds the branch's recall at the start of each day from the first after its last review to `lastDay`. */
  private countRecallUntil(branch: Branch, lastDay: number): void {
    const { horizon, model } = this;
    for (let day = this.firstDayAfter(branch.lastReview); day <= lastDay; day++) {
      const recall = model.recall(timeOfDay(horizon, day) - branch.lastReview, branch.stability);
      addSplit(this.recallByDay, horizon.interviewDay + 1, day, branch.weights, recall);
    }
  }

  private projectionOf(group: number): Projection {
    const days = this.horizon.interviewDay;
    return {
      idle: this.idle[group]!,
      scheduled: this.scheduled[group]!,
      recallByDay: Array.from(this.recallByDay.subarray(group * (days + 1), (group + 1) * (days + 1))),
      reviewsByDay: Array.from(this.reviewsByDay.subarray(group * days, (group + 1) * days)),
    };
  }
}

/**
 * Adds `amount`, split over the groups by `weights`, to `table[group × stride + index]`. Plain loops: this is the
 * innermost step of a projection.
 */
function addSplit(table: Float64Array, stride: number, index: number, weights: Weights, amount: number): void {
  if (typeof weights === 'number') {
    table[weights * stride + index]! += amount;
    return;
  }
  for (let group = 0; group < weights.length; group++) {
    const weight = weights[group]!;
    if (weight !== 0) table[group * stride + index]! += weight * amount;
  }
}
