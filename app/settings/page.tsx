import { getDb } from '@/db/client';
import { getSettings } from '@/db/queries/settings';
import { SettingsForm } from './settings-form';

export const dynamic = 'force-dynamic';

export default function SettingsPage() {
  return (
    <>
      <h1>Settings</h1>
      <p className="muted">Changes apply to the next card you grade.</p>
      <SettingsForm settings={getSettings(getDb())} />
    </>
  );
}
