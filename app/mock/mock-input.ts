import { z } from 'zod';
import { mockAnswerSchema } from '@/lib/mock/answer-schema';
import { AREA_IDS, isSubtopicOf } from '@/lib/questions/taxonomy';
import { MOCK_LENGTHS } from './mock-lengths';

const areaId = z.enum(AREA_IDS as [string, ...string[]], { error: 'is not a skill area' });

/** The set-up form: areas, optional "area/subtopic" pairs, a length, a level mix, practice-only, an optional seed. */
export const mockSetupInput = z
  .object({
    areas: z.array(areaId).min(1, 'choose at least one skill area').max(AREA_IDS.length),
    subtopics: z.array(z.string().max(120)).max(300),
    length: z.enum(Object.keys(MOCK_LENGTHS) as [keyof typeof MOCK_LENGTHS, ...(keyof typeof MOCK_LENGTHS)[]]),
    levelMix: z.enum(['balanced', 'easier', 'harder']),
    practiceOnly: z.boolean(),
    seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
  })
  .superRefine((setup, ctx) => {
    for (const pair of setup.subtopics) {
      const [area = '', subtopic = ''] = pair.split('/');
      if (!setup.areas.includes(area) || !isSubtopicOf(area, subtopic)) {
        ctx.addIssue({ code: 'custom', path: ['subtopics'], message: `"${pair}" is not a subtopic of a chosen area` });
      }
    }
  });

export const mockAnswerInput = z.strictObject({
  sessionId: z.uuid('must be a UUID'),
  position: z.number().int().min(0).max(200),
  flagged: z.boolean(),
  durationMs: z.number().int().min(0).max(24 * 60 * 60 * 1000),
  answer: mockAnswerSchema,
});

export const endMockInput = z.strictObject({
  sessionId: z.uuid('must be a UUID'),
  status: z.enum(['finished', 'abandoned']),
});
