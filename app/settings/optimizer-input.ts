import { z } from 'zod';

/** Input of the optimizer actions. Strict objects: unknown keys are rejected, not ignored. */
export const startOptimizationInput = z.strictObject({});

/** A job is named by its id only: the parameters to apply are the server's own result, never sent by the client. */
export const optimizationJobInput = z.strictObject({ jobId: z.uuid('must be a UUID') });

export const resetParametersInput = z.strictObject({});
