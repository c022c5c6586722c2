'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useHydrated } from '@/app/components/use-hydrated';
import type { CardFormat, CardLevel } from '@/lib/questions/card-schema';
import { CARD_TEMPLATES } from '@/lib/questions/card-templates';
import type { CardEditorError } from '@/lib/questions/parse-card-editor';
import { type SavePersonalCardResult, savePersonalCard } from './personal-card-actions';

export interface EditorArea {
  id: string;
  name: string;
  subtopics: { id: string; name: string }[];
}

export interface EditorCard {
  /** Absent for a new card. */
  id?: string;
  area: string;
  subtopic: string;
  level: CardLevel;
  content: string;
}

function errorText(error: CardEditorError): string {
  return `${error.line > 0 ? `Line ${error.line} · ` : ''}${error.field}: ${error.message}`;
}

/**
 * Writes or edits one of the person's own cards in the bank format, so what works here works in a bank file and
 * back. Tags are chosen from lists; the rest is typed. Ctrl+Enter saves.
 */
export function CardEditor({ initial, areas }: { initial: EditorCard; areas: EditorArea[] }) {
  const router = useRouter();
  const [card, setCard] = useState(initial);
  const [result, setResult] = useState<SavePersonalCardResult | null>(null);
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  const [template, setTemplate] = useState<CardFormat>('free-recall');
  const area = areas.find((candidate) => candidate.id === card.area) ?? areas[0]!;
  const change = (patch: Partial<EditorCard>) => setCard((current) => ({ ...current, ...patch }));

  const save = () =>
    startTransition(async () => {
      const saved = await savePersonalCard(card);
      setResult(saved);
      if (saved.ok) {
        router.push(`/cards/${saved.data.id}`);
        router.refresh();
      }
    });

  return (
    <form
      className="card-editor form-grid"
      aria-busy={!hydrated}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <fieldset className="card-editor-fields" disabled={!hydrated || pending}>
        <div className="card-editor-tags">
          <label className="field">
            <span className="label">Area</span>
            <select
              value={card.area}
              onChange={(event) => {
                const next = areas.find((candidate) => candidate.id === event.target.value)!;
                change({ area: next.id, subtopic: next.subtopics[0]!.id });
              }}
            >
              {areas.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="label">Subtopic</span>
            <select value={card.subtopic} onChange={(event) => change({ subtopic: event.target.value })}>
              {area.subtopics.map((subtopic) => (
                <option key={subtopic.id} value={subtopic.id}>
                  {subtopic.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="label">Level</span>
            <select value={card.level} onChange={(event) => change({ level: event.target.value as CardLevel })}>
              <option value="E">Easy</option>
              <option value="M">Medium</option>
              <option value="H">Hard</option>
            </select>
          </label>
          {!initial.id && (
            <label className="field">
              <span className="label">Start from</span>
              <select
                value={template}
                onChange={(event) => {
                  const format = event.target.value as CardFormat;
                  const untouched = Object.values(CARD_TEMPLATES).includes(card.content);
                  if (untouched || window.confirm('Replace what you typed with this template?')) {
                    setTemplate(format);
                    change({ content: CARD_TEMPLATES[format] });
                  }
                }}
              >
                {Object.keys(CARD_TEMPLATES).map((format) => (
                  <option key={format} value={format}>
                    {format} template
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
        <label className="field">
          <span className="label">Card</span>
          <textarea
            className="card-editor-text"
            aria-label="Card text"
            value={card.content}
            spellCheck
            rows={22}
            onChange={(event) => change({ content: event.target.value })}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                save();
              }
            }}
          />
          <span className="hint">
            Markdown with $math$ and fenced code, in the question-bank format (questions/FORMAT.md). A free-recall card
            needs at least one key point: a mock interview scores your answer against them.
          </span>
        </label>
      </fieldset>
      {result && !result.ok && (
        <div className="alert" role="alert">
          <p>{result.message}</p>
          {result.lineErrors && (
            <ul>
              {result.lineErrors.map((error, index) => (
                <li key={index}>{errorText(error)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <p>
        <button className="button primary" type="submit" disabled={!hydrated || pending}>
          {initial.id ? 'Save changes' : 'Add card'}
        </button>{' '}
        <span className="muted">
          or <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
        </span>
      </p>
    </form>
  );
}
