import { listBackups } from '@/db/backup';
import { backupDirectory } from '@/db/config';
import { DataPanel } from './data-panel';

/** How many of the latest backups are listed; the folder holds them all. */
const LISTED = 5;

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** Settings' "Your data": the exports, the latest backups to download, and back up, restore and import. */
export function DataSection() {
  const backups = listBackups(backupDirectory()).slice(0, LISTED);
  return (
    <section aria-labelledby="your-data" className="data-section">
      <h2 id="your-data">Your data</h2>
      <p>
        <a href="/api/export/full" download>
          Export everything (JSON)
        </a>{' '}
        <span className="muted">
          with the settings, every card (your own with their content), the review history and the mock interviews,
          in one file that imports into a new, empty Recall.
        </span>
      </p>
      <p>
        <a href="/api/export/reviews" download>
          Export the review history (CSV)
        </a>{' '}
        <span className="muted">in the layout the FSRS optimizers read.</span>
      </p>
      <p>
        <a href="/import">Import cards from Anki or a CSV file</a>{' '}
        <span className="muted">
          as cards of your own; <a href="/browse?origin=personal">your own cards</a> can be exported as bank files.
        </span>
      </p>
      <DataPanel />
      {backups.length > 0 && (
        <>
          <h3>Latest backups</h3>
          <ul className="backup-list">
            {backups.map((backup) => (
              <li key={backup.name}>
                <a href={`/api/backups/${backup.name}`} download>
                  {backup.name}
                </a>{' '}
                <span className="muted">{size(backup.bytes)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
