'use client';

import { useActionState } from 'react';
import { startMockInterview } from './actions';
import { MOCK_LENGTHS } from './mock-lengths';

interface AreaOption {
  id: string;
  name: string;
  cards: number;
  subtopics: { id: string; name: string }[];
}

const LEVEL_MIX_LABELS = {
  balanced: 'Balanced (40% easy, 45% medium, 15% hard)',
  easier: 'Warm-up (mostly easy)',
  harder: 'Stretch (more hard questions)',
} as const;

/** Chooses areas (and optionally subtopics), a length, a level mix, and whether answers feed the schedule. */
export function MockSetupForm({ areas }: { areas: AreaOption[] }) {
  const [state, formAction, pending] = useActionState(startMockInterview, null);
  return (
    <form action={formAction} className="panel mock-setup" aria-label="Set up a mock interview">
      {state && !state.ok && (
        <div className="alert" role="alert">
          {state.message}
        </div>
      )}
      <fieldset>
        <legend>Skill areas</legend>
        {areas.map((area) => (
          <div key={area.id} className="area-choice">
            <label>
              <input type="checkbox" name="area" value={area.id} /> {area.name} <span className="muted">({area.cards} cards)</span>
            </label>
            <details>
              <summary className="muted">only some subtopics</summary>
              <div className="subtopic-grid">
                {area.subtopics.map((subtopic) => (
                  <label key={subtopic.id}>
                    <input type="checkbox" name="subtopic" value={`${area.id}/${subtopic.id}`} /> {subtopic.name}
                  </label>
                ))}
              </div>
            </details>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>Length</legend>
        <div className="choice-row">
          {Object.entries(MOCK_LENGTHS).map(([value, length]) => (
            <label key={value}>
              <input type="radio" name="length" value={value} defaultChecked={value === 'q10'} /> {length.label}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Level mix</legend>
        <div className="choice-row">
          {Object.entries(LEVEL_MIX_LABELS).map(([value, label]) => (
            <label key={value}>
              <input type="radio" name="levelMix" value={value} defaultChecked={value === 'balanced'} /> {label}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Options</legend>
        <label>
          <input type="checkbox" name="practiceOnly" /> Practice only (answers do not change review schedules)
        </label>
        <label className="seed-field">
          Seed <input name="seed" inputMode="numeric" placeholder="random" size={12} />{' '}
          <span className="muted">the same seed and history draw the same questions</span>
        </label>
      </fieldset>
      <button type="submit" className="button primary" disabled={pending}>
        {pending ? 'Drawing questions…' : 'Start mock interview'}
      </button>
    </form>
  );
}
