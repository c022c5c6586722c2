import Link from 'next/link';
import type { ReactNode } from 'react';
import type { ImportReport } from '@/lib/import/import-report';
import { formatSubtopicName, getArea } from '@/lib/questions/taxonomy';

const FORMAT_NAMES = { anki: 'Anki notes in plain text', csv: 'CSV' } as const;

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/**
 * A preview or the result of an import. Everything from the file is shown as plain text (React escapes it); card
 * Markdown is rendered only once the card is in the collection, by the server's sanitising renderer.
 */
export function ImportReportView({ report, children }: { report: ImportReport; children?: ReactNode }) {
  const areaName = getArea(report.area)?.name ?? report.area;
  return (
    <section className="import-report" aria-label={report.committed ? 'Import result' : 'Import preview'}>
      <h2>{report.committed ? 'Imported' : 'Preview'}</h2>
      <p className="muted">
        {report.fileName} · {FORMAT_NAMES[report.format]}
        {report.detected ? ' (detected)' : ''} · {areaName} › {formatSubtopicName(report.subtopic)} · level {report.level}
      </p>
      <ul className="import-counts" role="status" data-testid="import-counts">
        <li>
          <strong>{plural(report.added, 'card')}</strong> {report.committed ? 'added' : 'to add'}
        </li>
        <li>{plural(report.alreadyThere, 'card')} already there</li>
        <li>{plural(report.skipped, 'row')} skipped</li>
        {report.withMediaLeftOut > 0 && <li>{plural(report.withMediaLeftOut, 'card')} with images or sounds left out</li>}
      </ul>
      {report.committed ? (
        <p>
          <Link className="button" href="/browse?origin=personal">
            See your cards
          </Link>
        </p>
      ) : (
        children
      )}
      {!report.committed && report.sample.length > 0 && (
        <>
          <h3>
            {report.sample.length < report.added ? `The first ${report.sample.length} cards to add` : 'Cards to add'}
          </h3>
          <table className="score-table import-table">
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Front</th>
                <th scope="col">Back</th>
                <th scope="col">Subtopic</th>
                <th scope="col">Tags</th>
              </tr>
            </thead>
            <tbody>
              {report.sample.map((row) => (
                <tr key={row.line}>
                  <td className="num">{row.line}</td>
                  <td>{row.prompt}</td>
                  <td>
                    {row.answer}
                    {row.notes.map((note) => (
                      <div key={note} className="muted import-note">
                        {note}
                      </div>
                    ))}
                  </td>
                  <td>{formatSubtopicName(row.subtopic)}</td>
                  <td>{row.tags.join(' ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {report.skippedRows.length > 0 && (
        <>
          <h3>Skipped</h3>
          <table className="score-table import-table" data-testid="import-skipped">
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Why</th>
                <th scope="col">Front</th>
              </tr>
            </thead>
            <tbody>
              {report.skippedRows.map((row, index) => (
                <tr key={`${row.line}-${index}`}>
                  <td className="num">{row.line}</td>
                  <td>{row.reason}</td>
                  <td>{row.front ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.skippedRows.length < report.skipped && (
            <p className="muted">and {plural(report.skipped - report.skippedRows.length, 'more row')}.</p>
          )}
        </>
      )}
      {report.alreadyThereRows.length > 0 && (
        <details>
          <summary>Already in your collection ({report.alreadyThere.toLocaleString('en')})</summary>
          <ul className="import-already">
            {report.alreadyThereRows.map((row) => (
              <li key={row.id}>
                Line {row.line}: <Link href={`/cards/${row.id}`}>{row.prompt}</Link>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
