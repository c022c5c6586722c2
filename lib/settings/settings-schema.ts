import { z } from 'zod';
import { AREA_IDS } from '@/lib/questions/taxonomy';
import { fsrsWeightsSchema } from '@/lib/srs/fsrs-weights';

/** A learning step as ts-fsrs takes it: minutes, hours or days ("1m", "10m", "1h", "2d"). */
export const stepSchema = z
  .string()
  .regex(/^[1-9]\d{0,3}[mhd]$/, 'a step is a whole number followed by m, h or d, e.g. 10m');

const stepsSchema = z.array(stepSchema).max(10, 'at most 10 steps');

/** A calendar date, YYYY-MM-DD, that exists (no 2026-02-30). */
export const calendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD')
  .refine((text) => {
    const [year, month, day] = text.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, 'is not a real date');

/** The person's review settings. Ranges follow what FSRS supports and what a day of review can hold. */
export const settingsSchema = z.object({
  desiredRetention: z
    .number({ error: 'must be a number' })
    .min(0.7, 'must be at least 0.70')
    .max(0.99, 'must be at most 0.99'),
  newCardsPerDay: z.number({ error: 'must be a number' }).int('must be a whole number').min(0).max(500),
  maxReviewsPerDay: z.number({ error: 'must be a number' }).int('must be a whole number').min(1).max(5000),
  dayStartHour: z.number({ error: 'must be a number' }).int('must be a whole number').min(0).max(23),
  learningSteps: stepsSchema,
  relearningSteps: stepsSchema,
  /** The day of the interview, local time; null when none is planned. */
  interviewDate: calendarDateSchema.nullable(),
  /** Areas the interview covers; empty means every area. */
  interviewAreas: z.array(z.enum(AREA_IDS as [string, ...string[]], { error: 'is not a skill area' })).max(AREA_IDS.length),
  /** Bring reviews forward so studied cards of the covered areas reach the target on the day. */
  interviewMode: z.boolean({ error: 'must be on or off' }),
  /** Predicted recall each covered area should reach by the interview. */
  targetRecall: z.number({ error: 'must be a number' }).min(0.5, 'must be at least 0.50').max(0.99, 'must be at most 0.99'),
  /**
   * FSRS parameters fitted to the person's review history (Settings, "Optimize"); null: ts-fsrs's defaults. Set
   * only by applying a finished fit, never by the settings form. Missing in settings saved before it existed: null.
   */
  fsrsWeights: fsrsWeightsSchema.nullable().default(null),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  desiredRetention: 0.9,
  newCardsPerDay: 20,
  maxReviewsPerDay: 200,
  dayStartHour: 4,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  interviewDate: null,
  interviewAreas: [],
  interviewMode: true,
  targetRecall: 0.85,
  fsrsWeights: null,
};
