'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useReducer, useRef, useState } from 'react';
import { CardHtml } from '@/app/components/card-html';
import { CardHeader } from '@/app/review/card-header';
import { isTypingTarget } from '@/app/review/keys';
import { MultipleChoiceOptions } from '@/app/review/multiple-choice-options';
import type { MockAnswerInput } from '@/lib/mock/score';
import { endMockInterview, submitMockAnswer } from '../actions';
import { formatClock } from './format-clock';
import { MockFeedback } from './mock-feedback';
import { type MockQuestion, initialRunnerState, runnerReducer } from './runner-state';

interface MockRunnerProps {
  sessionId: string;
  questions: MockQuestion[];
  answeredCount: number;
  /** Time already spent on answered questions; a time budget counts only time spent answering. */
  usedMs: number;
  timeBudgetMs: number | null;
}

const OPTION_KEYS = 'abcdef';

/**
 * Runs a mock interview one question at a time. Each answer is saved (and scored by the server) before the next
 * question shows, so a reload, a closed tab or a server restart resumes at the first unanswered question.
 */
export function MockRunner({ sessionId, questions, answeredCount, usedMs, timeBudgetMs }: MockRunnerProps) {
  const router = useRouter();
  const [state, dispatch] = useReducer(runnerReducer, answeredCount, initialRunnerState);
  const [spentMs, setSpentMs] = useState(usedMs);
  const [questionMs, setQuestionMs] = useState(0);
  const questionStart = useRef(0);
  const ending = useRef(false);
  const question = questions[state.position];

  useEffect(() => {
    questionStart.current = Date.now();
    const timer = setInterval(() => setQuestionMs(Date.now() - questionStart.current), 250);
    return () => clearInterval(timer);
  }, [state.position]);

  const remainingMs = timeBudgetMs === null ? null : Math.max(0, timeBudgetMs - spentMs - questionMs);

  async function finish() {
    if (ending.current) return;
    ending.current = true;
    const result = await endMockInterview({ sessionId, status: 'finished' });
    if (!result.ok) dispatch({ type: 'failed', message: result.message });
    router.refresh();
  }

  useEffect(() => {
    // Time is up: what was answered stands, the rest is "not reached".
    if (remainingMs === 0 && state.phase !== 'feedback' && !state.saving) void finish();
  });

  async function submit(answer: MockAnswerInput) {
    if (!question || state.saving) return;
    dispatch({ type: 'saving' });
    const durationMs = Date.now() - questionStart.current;
    try {
      const result = await submitMockAnswer({ sessionId, position: state.position, flagged: state.flagged, durationMs, answer });
      if (!result.ok) {
        dispatch({ type: 'failed', message: result.message });
        return;
      }
      setSpentMs((spent) => spent + durationMs);
      // A free-recall answer was already compared with the model answer; a checked one shows its result first.
      if (answer.kind === 'free-recall' || answer.kind === 'skipped') next(result.data.finished);
      else dispatch({ type: 'saved', score: result.data.score, finished: result.data.finished });
    } catch {
      dispatch({ type: 'failed', message: 'The answer was not saved: the server could not be reached. Try again.' });
    }
  }

  function next(finished: boolean) {
    if (finished || state.position + 1 >= questions.length) router.refresh();
    else dispatch({ type: 'next' });
  }

  function answerNow() {
    if (!question) return;
    if (question.format === 'free-recall') {
      if (state.phase === 'answering') dispatch({ type: 'reveal' });
      else void submit({ kind: 'free-recall', text: state.typed, coveredKeyPoints: [...state.covered] });
    } else if (question.format === 'multiple-choice') {
      void submit({ kind: 'multiple-choice', selected: [...state.selected] });
    } else {
      void submit({ kind: question.format, text: state.typed });
    }
  }

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.altKey || event.metaKey || !question) return;
      const key = event.key.toLowerCase();
      if (state.phase === 'feedback') {
        if (key === 'enter' || key === ' ' || key === 'n') {
          event.preventDefault();
          next(state.finished);
        }
        return;
      }
      if (isTypingTarget(event.target)) {
        const submits = key === 'enter' && (event.target instanceof HTMLInputElement || event.ctrlKey);
        if (submits) {
          event.preventDefault();
          answerNow();
        } else if (key === 'escape') {
          event.target.blur();
        }
        return;
      }
      if (event.ctrlKey) return;
      // Space answers only where there is nothing to type; a numeric or output answer is submitted with Enter.
      const spaceAnswers = question.format === 'free-recall' || question.format === 'multiple-choice';
      if (key === 'enter' || (key === ' ' && spaceAnswers)) {
        event.preventDefault();
        answerNow();
      } else if (key === 's') {
        event.preventDefault();
        void submit({ kind: 'skipped' });
      } else if (key === 'f') {
        dispatch({ type: 'toggleFlag' });
      } else if (question.format === 'multiple-choice' && OPTION_KEYS.includes(key)) {
        const index = OPTION_KEYS.indexOf(key);
        if (index < (question.rendered.options?.length ?? 0)) dispatch({ type: 'toggleOption', index });
      } else if (state.phase === 'revealed' && /^[1-9]$/.test(key)) {
        const index = Number(key) - 1;
        if (index < (question.rendered.keyPoints?.length ?? 0)) dispatch({ type: 'toggleKeyPoint', index });
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });

  if (!question) return <p className="muted">All questions are answered. Loading the scorecard…</p>;
  const { rendered } = question;
  return (
    <div>
      <div className="review-meta">
        <span data-testid="mock-progress">
          Question {state.position + 1} of {questions.length}
        </span>
        <span className="timers">
          <span data-testid="question-timer">This question {formatClock(questionMs)}</span>
          {remainingMs === null ? (
            <span data-testid="session-timer">Total {formatClock(spentMs + questionMs)}</span>
          ) : (
            <span data-testid="session-timer" className={remainingMs < 60_000 ? 'timer-low' : undefined}>
              Left {formatClock(remainingMs)}
            </span>
          )}
        </span>
      </div>
      {state.error && (
        <div className="alert" role="alert">
          {state.error}
        </div>
      )}
      <article className="card" aria-label="Mock question" data-card-id={question.id} data-phase={state.phase}>
        <CardHeader item={question} />
        <section className="card-section">
          <CardHtml html={rendered.prompt} />
          {rendered.code && <CardHtml html={rendered.code} className="code-block" />}
          {rendered.options && (
            <MultipleChoiceOptions
              options={rendered.options}
              selected={state.selected}
              revealed={state.phase === 'feedback'}
              onToggle={(index) => dispatch({ type: 'toggleOption', index })}
            />
          )}
          {state.phase !== 'feedback' && question.format !== 'multiple-choice' && (
            <div className="answer-input">
              {question.format === 'numeric' ? (
                <>
                  <input
                    aria-label="Your answer"
                    inputMode="decimal"
                    autoComplete="off"
                    value={state.typed}
                    onChange={(event) => dispatch({ type: 'type', text: event.target.value })}
                  />
                  {rendered.numeric?.unit && <span>{rendered.numeric.unit}</span>}
                </>
              ) : (
                <textarea
                  aria-label="Your answer"
                  placeholder={question.format === 'code-output' ? 'What does it print? (Ctrl+Enter to submit)' : 'Your answer, or think it through (optional)'}
                  value={state.typed}
                  readOnly={state.phase === 'revealed'}
                  onChange={(event) => dispatch({ type: 'type', text: event.target.value })}
                />
              )}
            </div>
          )}
        </section>
        {state.phase === 'revealed' && rendered.keyPoints && (
          <section className="card-section">
            <h3>Model answer</h3>
            <CardHtml html={rendered.answer} />
            <h3 style={{ marginTop: '1rem' }}>Which key points did you cover?</h3>
            {rendered.keyPoints.map((point, index) => (
              <label key={index} className="key-point-choice">
                <input
                  type="checkbox"
                  checked={state.covered.has(index)}
                  onChange={() => dispatch({ type: 'toggleKeyPoint', index })}
                />
                <kbd>{index + 1}</kbd>
                <CardHtml html={point} />
              </label>
            ))}
          </section>
        )}
        {state.phase === 'feedback' && <MockFeedback question={question} score={state.lastScore} typed={state.typed} />}
        <div className="reveal-row" style={{ gap: '0.5rem' }}>
          {state.phase === 'feedback' ? (
            <button type="button" className="button primary" onClick={() => next(state.finished)}>
              Next <kbd>Enter</kbd>
            </button>
          ) : (
            <>
              <button type="button" className="button primary" onClick={answerNow} disabled={state.saving}>
                {question.format === 'free-recall' && state.phase === 'answering' ? 'Show model answer' : 'Submit'}{' '}
                <kbd>Enter</kbd>
              </button>
              <button type="button" className="button" onClick={() => void submit({ kind: 'skipped' })} disabled={state.saving}>
                Skip <kbd>S</kbd>
              </button>
              <button type="button" className="button" aria-pressed={state.flagged} onClick={() => dispatch({ type: 'toggleFlag' })}>
                <span className={state.flagged ? 'flag-on' : undefined}>{state.flagged ? 'Flagged' : 'Flag'}</span> <kbd>F</kbd>
              </button>
            </>
          )}
        </div>
        <p className="shortcuts">
          {state.phase === 'revealed'
            ? '1–5 tick key points · Enter submit'
            : question.format === 'multiple-choice'
              ? 'A–F choose · Enter submit · S skip · F flag'
              : 'Enter submit (Ctrl+Enter in a text box) · Esc leave the box · S skip · F flag'}
        </p>
      </article>
      <p style={{ textAlign: 'right' }}>
        <button type="button" className="link-button" onClick={() => void finish()}>
          End the interview now
        </button>
      </p>
    </div>
  );
}
