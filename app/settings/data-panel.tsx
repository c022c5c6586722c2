'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useEffect, useState } from 'react';
import type { ActionResult } from '@/lib/action-result';
import { type BackupMade, createBackup } from './data-actions';

type Message = { kind: 'notice' | 'alert'; text: string; download?: string };

/** Survives the reload that follows an import or a restore, so the result is still shown. */
const CARRIED_MESSAGE = 'recall-data-message';

interface ImportReport {
  cards: number;
  personalCards: number;
  reviews: number;
  mockSessions: number;
}

interface RestoreReport {
  cards: number;
  reviews: number;
  safetyBackup: string;
}

const plural = (count: number, what: string) => `${count.toLocaleString('en')} ${what}${count === 1 ? '' : 's'}`;

/** Sends a file as the request body to one of the data routes; every answer is an ActionResult, errors included. */
async function postFile<T>(url: string, file: File, contentType: string): Promise<ActionResult<T>> {
  try {
    const response = await fetch(url, { method: 'POST', body: file, headers: { 'Content-Type': contentType } });
    const result = (await response.json()) as ActionResult<T>;
    return typeof result === 'object' && result !== null && 'ok' in result ? result : { ok: false, message: `The server answered ${response.status}.` };
  } catch {
    return { ok: false, message: 'The server could not be reached, or did not answer. Try again.' };
  }
}

/**
 * Back up, restore and import, on /settings. An import or a restore replaces what every page shows, settings form
 * included (its fields keep what they were rendered with), so after one the page reloads and shows the result.
 */
export function DataPanel() {
  const router = useRouter();
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState<'backup' | 'restore' | 'import' | null>(null);
  const [confirmRestore, setConfirmRestore] = useState(false);

  useEffect(() => {
    const carried = sessionStorage.getItem(CARRIED_MESSAGE);
    if (!carried) return;
    sessionStorage.removeItem(CARRIED_MESSAGE);
    // The result of the import or restore that caused the reload: shown once. Read after hydration, since the
    // server cannot see sessionStorage; a lazy initial state would render differently on each side.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setMessage({ kind: 'notice', text: carried });
  }, []);

  const reloadWith = (text: string) => {
    sessionStorage.setItem(CARRIED_MESSAGE, text);
    window.location.reload();
  };

  const backUp = async () => {
    setBusy('backup');
    setMessage(null);
    const result = await createBackup({}).catch((): ActionResult<BackupMade> => ({ ok: false, message: 'The server could not be reached. Try again.' }));
    setBusy(null);
    if (!result.ok) return setMessage({ kind: 'alert', text: result.message });
    const { name, folder, cards, reviews } = result.data;
    setMessage({
      kind: 'notice',
      text: `Backed up to ${name} in ${folder}: ${plural(cards, 'card')}, ${plural(reviews, 'review')}, integrity checked.`,
      download: name,
    });
    router.refresh();
  };

  const chosenFile = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem('file');
    const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
    if (!file) setMessage({ kind: 'alert', text: 'Choose a file first.' });
    return file;
  };

  const restore = async (event: FormEvent<HTMLFormElement>) => {
    const file = chosenFile(event);
    if (!file) return;
    setBusy('restore');
    setMessage(null);
    const result = await postFile<RestoreReport>('/api/backups/restore', file, 'application/vnd.sqlite3');
    setBusy(null);
    if (!result.ok) return setMessage({ kind: 'alert', text: result.message });
    const { cards, reviews, safetyBackup } = result.data;
    reloadWith(
      `Restored ${file.name}: ${plural(cards, 'card')}, ${plural(reviews, 'review')}. ` +
        `The data as it was just before is in the backup ${safetyBackup}.`,
    );
  };

  const importExport = async (event: FormEvent<HTMLFormElement>) => {
    const file = chosenFile(event);
    if (!file) return;
    setBusy('import');
    setMessage(null);
    const result = await postFile<ImportReport>('/api/import/full', file, 'application/json');
    setBusy(null);
    if (!result.ok) return setMessage({ kind: 'alert', text: result.message });
    const { cards, personalCards, reviews, mockSessions } = result.data;
    reloadWith(
      `Imported ${file.name}: ${plural(cards, 'card')} (${personalCards.toLocaleString('en')} of your own), ` +
        `${plural(reviews, 'review')}, ${plural(mockSessions, 'mock interview')}, and the settings.`,
    );
  };

  return (
    <div className="form-grid">
      {message && (
        <div className={message.kind} role="status">
          {message.text}
          {message.download && (
            <>
              {' '}
              <a href={`/api/backups/${message.download}`} download>
                Download it
              </a>
            </>
          )}
        </div>
      )}
      <div>
        <button type="button" className="button" onClick={backUp} disabled={busy !== null}>
          {busy === 'backup' ? 'Backing up…' : 'Back up now'}
        </button>{' '}
        <span className="muted">
          A copy of the whole database, made while the app runs (as <code>npm run backup</code> does).
        </span>
      </div>

      <form onSubmit={restore} className="field" aria-labelledby="restore-title">
        <h3 id="restore-title">Restore a backup</h3>
        <label htmlFor="restore-file">Backup file (.db)</label>
        <input id="restore-file" name="file" type="file" accept=".db,.sqlite,.sqlite3,application/vnd.sqlite3,application/x-sqlite3" />
        <div className="hint">
          Replaces all the data here with the backup&apos;s, once the file is checked. The current data is backed up
          first.
        </div>
        <label className="checkbox-label">
          <input type="checkbox" checked={confirmRestore} onChange={(event) => setConfirmRestore(event.target.checked)} /> Replace all
          current data with this backup
        </label>
        <button type="submit" className="button" disabled={busy !== null || !confirmRestore}>
          {busy === 'restore' ? 'Restoring…' : 'Restore'}
        </button>
      </form>

      <form onSubmit={importExport} className="field" aria-labelledby="import-title">
        <h3 id="import-title">Import a full export</h3>
        <label htmlFor="import-file">Export file (.json)</label>
        <input id="import-file" name="file" type="file" accept=".json,application/json" />
        <div className="hint">
          Into an empty Recall only: one with no reviews, mock interviews or cards of your own yet (to move to a new
          machine, say). The whole file is checked first; on any problem nothing is imported.
        </div>
        <button type="submit" className="button" disabled={busy !== null}>
          {busy === 'import' ? 'Importing…' : 'Import'}
        </button>
      </form>
    </div>
  );
}
