import { z } from 'zod';

/** A learning step as ts-fsrs takes it: minutes, hours or days ("1m", "10m", "1h", "2d"). */
export const stepSchema = z
  .string()
  .regex(/^[1-9]\d{0,3}[mhd]$/, 'a step is a whole number followed by m, h or d, e.g. 10m');

const stepsSchema = z.array(stepSchema).max(10, 'at most 10 steps');

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
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  desiredRetention: 0.9,
  newCardsPerDay: 20,
  maxReviewsPerDay: 200,
  dayStartHour: 4,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
};
