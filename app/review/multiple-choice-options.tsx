'use client';

import { CardHtml } from '@/app/components/card-html';
import type { RenderedCard } from '@/lib/questions/render-card';

type Option = NonNullable<RenderedCard['options']>[number];

/** The options of a multiple-choice card: toggled by click or A–F, then marked right and wrong with the reasons. */
export function MultipleChoiceOptions({
  options,
  selected,
  revealed,
  onToggle,
}: {
  options: Option[];
  selected: ReadonlySet<number>;
  revealed: boolean;
  /** Absent where the card is only shown, not answered. */
  onToggle?: (index: number) => void;
}) {
  return (
    <ul className="options" aria-label="Options">
      {options.map((option, index) => {
        const mark = revealed ? (option.correct ? 'correct' : selected.has(index) ? 'wrong' : '') : '';
        return (
          <li key={index}>
            <button
              type="button"
              className={`option ${mark}`}
              aria-pressed={selected.has(index)}
              disabled={revealed}
              onClick={onToggle && (() => onToggle(index))}
            >
              <span className="option-key">{'ABCDEF'[index]}</span>
              <span>
                <CardHtml html={option.html} />
                {revealed && option.correct && <span className="sr-note">Correct answer</span>}
                {revealed && option.whyWrong && <CardHtml html={option.whyWrong} className="why-wrong" />}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
