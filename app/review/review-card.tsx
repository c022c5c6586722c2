'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { CardHtml } from '@/app/components/card-html';
import { isCorrectChoice, isSameOutput, isWithinTolerance, parseNumericAnswer } from '@/lib/questions/check-answer';
import type { Rating } from '@/lib/srs/memory-state';
import type { QueueItem } from '@/lib/srs/queue-item';
import { CardAnswer, type Verdict } from './card-answer';
import { CardHeader } from './card-header';
import { GradeButtons } from './grade-buttons';
import { isTypingTarget, isUndoKey } from './keys';
import { MultipleChoiceOptions } from './multiple-choice-options';

const OPTION_KEYS = 'abcdef';
const MAX_DURATION_MS = 60 * 60 * 1000;

interface ReviewCardProps {
  item: QueueItem;
  canUndo: boolean;
  onGrade: (rating: Rating, durationMs: number) => void;
  onUndo: () => void;
}

/**
 * One card: the question, the person's answer (typed, chosen or just thought), then the model answer and the four
 * grades. Checked formats propose a grade (right: Good, wrong: Again) that the person may change.
 */
export function ReviewCard({ item, canUndo, onGrade, onUndo }: ReviewCardProps) {
  const [phase, setPhase] = useState<'question' | 'answer'>('question');
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [typed, setTyped] = useState('');
  const [inputError, setInputError] = useState<string | null>(null);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const shownAt = useRef(0);
  useEffect(() => {
    shownAt.current = Date.now();
  }, []);

  const { rendered } = item;
  const proposal: Rating | null = verdict ? (verdict.correct ? 3 : 1) : null;

  const reveal = useCallback(() => {
    if (item.format === 'multiple-choice' && rendered.options) {
      setVerdict(
        selected.size === 0
          ? { correct: false, summary: 'No option chosen.' }
          : isCorrectChoice(selected, rendered.options)
            ? { correct: true, summary: 'Correct.' }
            : { correct: false, summary: 'Not quite.' },
      );
    } else if (item.format === 'numeric' && rendered.numeric) {
      const given = parseNumericAnswer(typed);
      if (given === null && typed.trim() !== '') {
        setInputError('Enter a number such as 0.25, 1/4, 25% or 2.5e-3.');
        return;
      }
      setVerdict(
        given === null
          ? { correct: false, summary: 'No answer given.' }
          : isWithinTolerance(given, rendered.numeric.value, rendered.numeric.tolerance)
            ? { correct: true, summary: `Correct: ${typed.trim()}.` }
            : { correct: false, summary: `You answered ${typed.trim()}.` },
      );
    } else if (item.format === 'code-output' && typed.trim() !== '' && rendered.output !== undefined) {
      setVerdict(
        isSameOutput(typed, rendered.output)
          ? { correct: true, summary: 'Your output matches.' }
          : { correct: false, summary: 'Your output differs.' },
      );
    }
    setPhase('answer');
  }, [item.format, rendered, selected, typed]);

  const grade = useCallback(
    (rating: Rating) => onGrade(rating, Math.min(Date.now() - shownAt.current, MAX_DURATION_MS)),
    [onGrade],
  );

  const toggleOption = useCallback((index: number) => {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });
  }, []);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.altKey || event.metaKey || (event.ctrlKey && event.key !== 'Enter' && !isUndoKey(event))) return;
      const target = event.target;
      if (isTypingTarget(target)) {
        // Enter checks a one-line answer; a multi-line one (code output) needs Ctrl+Enter.
        const submits = event.key === 'Enter' && (target instanceof HTMLInputElement || event.ctrlKey);
        if (submits && phase === 'question') {
          event.preventDefault();
          reveal();
        } else if (event.key === 'Escape') {
          target.blur();
        }
        return;
      }
      const key = event.key.toLowerCase();
      if (isUndoKey(event) && canUndo) {
        event.preventDefault();
        onUndo();
        return;
      }
      if (phase === 'question') {
        if (key === ' ' || key === 'enter') {
          event.preventDefault();
          reveal();
        } else if (item.format === 'multiple-choice' && OPTION_KEYS.includes(key)) {
          const index = OPTION_KEYS.indexOf(key);
          if (index < (rendered.options?.length ?? 0)) toggleOption(index);
        }
        return;
      }
      if (['1', '2', '3', '4'].includes(key)) {
        event.preventDefault();
        grade(Number(key) as Rating);
      } else if (key === ' ' || key === 'enter') {
        event.preventDefault();
        grade(proposal ?? 3);
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [canUndo, grade, item.format, onUndo, phase, proposal, rendered.options, reveal, toggleOption]);

  const checks = item.format === 'multiple-choice' || item.format === 'numeric';
  return (
    <article className="card" aria-label="Review card" data-card-id={item.id} data-phase={phase}>
      <CardHeader item={item} />
      <section className="card-section">
        <CardHtml html={rendered.prompt} />
        {rendered.code && <CardHtml html={rendered.code} className="code-block" />}
        {item.format === 'multiple-choice' && rendered.options && (
          <MultipleChoiceOptions
            options={rendered.options}
            selected={selected}
            revealed={phase === 'answer'}
            onToggle={toggleOption}
          />
        )}
        {phase === 'question' && item.format === 'numeric' && (
          <div className="answer-input">
            <input
              aria-label="Your answer"
              inputMode="decimal"
              value={typed}
              autoComplete="off"
              onChange={(event) => {
                setTyped(event.target.value);
                setInputError(null);
              }}
            />
            {rendered.numeric?.unit && <span>{rendered.numeric.unit}</span>}
          </div>
        )}
        {phase === 'question' && item.format === 'code-output' && (
          <div className="answer-input">
            <textarea
              aria-label="Your predicted output (optional)"
              placeholder="Predicted output (optional; Ctrl+Enter to check)"
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
            />
          </div>
        )}
        {inputError && (
          <p className="verdict wrong" role="alert">
            {inputError}
          </p>
        )}
      </section>

      {phase === 'question' ? (
        <div className="reveal-row">
          <button type="button" className="button primary" onClick={reveal}>
            {checks ? 'Check' : 'Show answer'} <kbd>Space</kbd>
          </button>
        </div>
      ) : (
        <>
          <CardAnswer item={item} verdict={verdict} typed={typed} />
          <GradeButtons intervals={item.intervals} proposal={proposal} onGrade={grade} />
        </>
      )}
      <p className="shortcuts">
        {phase === 'question'
          ? item.format === 'multiple-choice'
            ? 'A–F choose · Space check'
            : 'Space reveal'
          : '1 Again · 2 Hard · 3 Good · 4 Easy · Space accept'}
        {canUndo && (
          <>
            {' · '}
            <button type="button" className="link-button" onClick={onUndo}>
              Undo last <kbd>U</kbd>
            </button>
          </>
        )}
      </p>
    </article>
  );
}
