import { getDb } from '@/db/client';
import { getSettings } from '@/db/queries/settings';
import { SKILL_AREAS } from '@/lib/questions/taxonomy';
import { SettingsForm } from './settings-form';

export const dynamic = 'force-dynamic';

export default function SettingsPage() {
  return (
    <>
      <h1>Settings</h1>
      <p className="muted">Changes apply to the next card you grade, and to the projections on Progress.</p>
      <SettingsForm
        settings={getSettings(getDb())}
        areas={SKILL_AREAS.map((area) => ({ id: area.id, name: area.name }))}
      />
      <h2>Your data</h2>
      <p>
        <a href="/api/export/reviews" download>
          Export the review history (CSV)
        </a>{' '}
        <span className="muted">
          in the layout the FSRS optimizers read. For a full copy of the database, run <code>npm run backup</code>.
        </span>
      </p>
    </>
  );
}
