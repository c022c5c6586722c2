import { getDb } from '@/db/client';
import { getSettings } from '@/db/queries/settings';
import { SKILL_AREAS } from '@/lib/questions/taxonomy';
import { DataSection } from './data-section';
import { SettingsForm } from './settings-form';
import { OptimizerPanel } from './optimizer-panel';

export const dynamic = 'force-dynamic';

export default function SettingsPage() {
  const settings = getSettings(getDb());
  return (
    <>
      <h1>Settings</h1>
      <p className="muted">Changes apply to the next card you grade, and to the projections on Progress.</p>
      <SettingsForm
        settings={settings}
        areas={SKILL_AREAS.map((area) => ({ id: area.id, name: area.name }))}
      />
      <OptimizerPanel fsrsWeights={settings.fsrsWeights} />
      <DataSection />
    </>
  );
}
