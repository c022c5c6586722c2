'use client';

import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionResult } from '@/lib/action-result';
import { MINIMUM_SUMMARY } from '@/lib/srs/optimizer/history-minimum';
import type { OptimizerPhase } from '@/lib/srs/optimizer/optimize-parameters';
import { applyFittedParameters, getOptimization, resetFsrsParameters, startOptimization } from './optimizer-actions';
import { OptimizerResultView } from './optimizer-result';

const PHASE_NAMES: Record<OptimizerPhase, string> = {
  reading: 'Reading your review history',
  'fitting-earlier': 'Fitting parameters on your earlier reviews',
  checking: 'Checking them on your later reviews',
  'fitting-all': 'Fitting parameters on your whole history',
};

/** How often a running job is polled: its phases take from a fraction of a second to a few seconds. */
const POLL_MS = 400;

type Message = { kind: 'notice' | 'alert'; text: string };

/** "Optimize": fits FSRS's parameters to the person's history in the background, and applies them on confirmation. */
export function OptimizerPanel({ fsrsWeights }: { fsrsWeights: readonly number[] | null }) {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <Optimizer fsrsWeights={fsrsWeights} />
    </QueryClientProvider>
  );
}

function Optimizer({ fsrsWeights }: { fsrsWeights: readonly number[] | null }) {
  const router = useRouter();
  const [jobId, setJobId] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);

  const job = useQuery({
    queryKey: ['optimizer-job', jobId],
    queryFn: async () => {
      const result = await getOptimization({ jobId });
      if (!result.ok) throw new Error(result.message);
      return result.data;
    },
    enabled: jobId !== null,
    refetchInterval: (query) => (query.state.data?.state.status === 'running' ? POLL_MS : false),
    refetchOnWindowFocus: false,
    retry: 2,
  });

  // Every action answers with an ActionResult; a refusal is shown, not thrown.
  const action = <T,>(call: () => Promise<ActionResult<T>>, onDone: (data: T) => void) => ({
    mutationFn: call,
    onSuccess: (result: ActionResult<T>) => (result.ok ? onDone(result.data) : setMessage({ kind: 'notice', text: result.message })),
    onError: () => setMessage({ kind: 'alert', text: 'The server could not be reached. Try again.' }),
  });
  const start = useMutation(
    action(
      () => startOptimization({}),
      ({ jobId: id }) => {
        setMessage(null);
        setJobId(id);
      },
    ),
  );
  const apply = useMutation(
    action(
      () => applyFittedParameters({ jobId }),
      () => {
        setJobId(null);
        setMessage({ kind: 'notice', text: 'Fitted parameters applied: scheduling, predicted recall, projections and interview mode now use them.' });
        router.refresh();
      },
    ),
  );
  const reset = useMutation(
    action(
      () => resetFsrsParameters({}),
      () => {
        setJobId(null);
        setMessage({ kind: 'notice', text: 'Back to the default parameters.' });
        router.refresh();
      },
    ),
  );

  const state = job.data?.state;
  const running = state?.status === 'running';
  const busy = running || start.isPending || apply.isPending || reset.isPending;
  return (
    <section className="panel optimizer" aria-labelledby="optimizer-heading" data-testid="optimizer">
      <h2 id="optimizer-heading">FSRS parameters</h2>
      <p>
        FSRS predicts your recall with 21 parameters. The defaults were fitted on many people&apos;s reviews;{' '}
        <strong>Optimize</strong> fits them to yours, in the background, and shows how well each set predicts your
        latest reviews before you choose to apply anything. Now in use:{' '}
        <strong data-testid="parameters-in-use">{fsrsWeights ? 'parameters fitted to your history' : 'the default parameters'}</strong>.
      </p>
      <p className="muted">{MINIMUM_SUMMARY}</p>
      <p className="choice-row">
        <button type="button" className="button primary" onClick={() => start.mutate()} disabled={busy}>
          Optimize
        </button>
        {fsrsWeights && (
          <button type="button" className="button" onClick={() => reset.mutate()} disabled={busy}>
            Back to default parameters
          </button>
        )}
      </p>
      {message && (
        <div className={message.kind} role="status" data-testid="optimizer-message">
          {message.text}
        </div>
      )}
      {job.isError && (
        <div className="alert" role="alert">
          {job.error.message}
        </div>
      )}
      {state?.status === 'running' && (
        <div role="status">
          <label htmlFor="optimizer-progress">{PHASE_NAMES[state.progress.phase]}…</label>{' '}
          <progress id="optimizer-progress" value={state.progress.share} max={1}>
            {Math.round(state.progress.share * 100)}%
          </progress>
        </div>
      )}
      {(state?.status === 'refused' || state?.status === 'failed') && (
        <div className={state.status === 'refused' ? 'notice' : 'alert'} role="status" data-testid="optimizer-message">
          {state.message}
        </div>
      )}
      {state?.status === 'done' && (
        <>
          <OptimizerResultView result={state.result} />
          {state.result.better ? (
            <p>
              The fitted parameters predicted your later reviews better than the current ones. Applying them changes
              when cards come back, predicted recall, the projections and interview mode.{' '}
              <button type="button" className="button primary" onClick={() => apply.mutate()} disabled={busy}>
                Apply the fitted parameters
              </button>
            </p>
          ) : (
            <div className="notice" role="status">
              The fitted parameters did not predict your later reviews better than the current ones: keep the current
              ones.
            </div>
          )}
        </>
      )}
    </section>
  );
}
