/**
 * The lengths a mock interview can have. Apart from the input schemas so the set-up form can list them without
 * shipping zod to the browser (zod probes for eval, which the Content-Security-Policy forbids).
 */
export const MOCK_LENGTHS = {
  q5: { label: '5 questions', questionCount: 5, timeBudgetMs: null },
  q10: { label: '10 questions', questionCount: 10, timeBudgetMs: null },
  q20: { label: '20 questions', questionCount: 20, timeBudgetMs: null },
  t15: { label: '15 minutes', questionCount: 15, timeBudgetMs: 15 * 60_000 },
  t30: { label: '30 minutes', questionCount: 30, timeBudgetMs: 30 * 60_000 },
  t45: { label: '45 minutes', questionCount: 45, timeBudgetMs: 45 * 60_000 },
} as const;
