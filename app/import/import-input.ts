import { z } from 'zod';
import { CARD_LEVELS } from '@/lib/questions/card-schema';
import { AREA_IDS, isSubtopicOf } from '@/lib/questions/taxonomy';

/** The largest file the import takes; next.config.mjs lets server-action bodies be a little larger. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export const IMPORT_FORMAT_CHOICES = ['auto', 'anki', 'csv'] as const;

/**
 * The import form as the server reads it from FormData (see read-import-form.ts). Strict: unknown keys are refused.
 * The file is re-read and re-parsed on every call, preview and import alike: nothing the browser was shown is
 * trusted back.
 */
export const importFormInput = z
  .strictObject({
    file: z
      .instanceof(File, { error: 'choose a file to import' })
      .refine((file) => file.size > 0, 'the file is empty')
      .refine((file) => file.size <= MAX_IMPORT_BYTES, 'is larger than 5 MB: split it into smaller files'),
    format: z.enum(IMPORT_FORMAT_CHOICES, { error: 'must be auto, anki or csv' }),
    area: z.enum(AREA_IDS as [string, ...string[]], { error: 'is not a skill area' }),
    subtopic: z.string({ error: 'is missing' }).min(1, 'is missing').max(80),
    level: z.enum(CARD_LEVELS, { error: 'must be E, M or H' }),
    subtopicFromTags: z.boolean(),
  })
  .superRefine((input, ctx) => {
    if (!isSubtopicOf(input.area, input.subtopic)) {
      ctx.addIssue({ code: 'custom', path: ['subtopic'], message: 'is not a subtopic of the chosen area' });
    }
  });

export type ImportFormInput = z.infer<typeof importFormInput>;
