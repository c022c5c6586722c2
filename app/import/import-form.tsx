'use client';

import { useRef, useState, useTransition } from 'react';
import type { EditorArea } from '@/app/cards/card-editor';
import { useHydrated } from '@/app/components/use-hydrated';
import type { ActionResult } from '@/lib/action-result';
import type { ImportReport } from '@/lib/import/import-report';
import { importCards, previewImport } from './actions';
import { ImportReportView } from './import-report-view';

/**
 * Choose a file and where its cards go, preview, then import. The form is submitted by hand (not as a form action)
 * so the chosen file stays selected after the preview: the import sends the same file again and the server parses
 * it afresh. Any change to the form drops the preview, so "Import" always means the file and choices on screen.
 */
export function ImportForm({ areas }: { areas: EditorArea[] }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [areaId, setAreaId] = useState(areas[0]!.id);
  const [result, setResult] = useState<ActionResult<ImportReport> | null>(null);
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  const area = areas.find((candidate) => candidate.id === areaId) ?? areas[0]!;
  const errors = result && !result.ok ? result.fieldErrors : undefined;

  const run = (action: typeof previewImport) => {
    if (!formRef.current) return;
    const data = new FormData(formRef.current);
    startTransition(async () => setResult(await action(null, data)));
  };

  return (
    <>
      <form
        ref={formRef}
        className="import-form panel"
        aria-busy={!hydrated}
        onChange={() => setResult(null)}
        onSubmit={(event) => {
          event.preventDefault();
          run(previewImport);
        }}
      >
        <fieldset className="import-fields" disabled={!hydrated || pending}>
          <div className="field">
            <label htmlFor="import-file">File</label>
            <input
              id="import-file"
              type="file"
              name="file"
              accept=".txt,.tsv,.csv,text/plain,text/csv,text/tab-separated-values"
              required
              aria-describedby="import-file-hint"
              aria-invalid={errors?.file ? true : undefined}
            />
            <div id="import-file-hint" className="hint">
              From Anki: File › Export › “Notes in Plain Text” (.txt). Or a CSV with a front and a back column. Up to 5 MB.
            </div>
            {errors?.file && <div className="error">{errors.file[0]}</div>}
          </div>
          <div className="field">
            <label htmlFor="import-format">Format</label>
            <select id="import-format" name="format" defaultValue="auto">
              <option value="auto">Detect from the file</option>
              <option value="anki">Anki notes in plain text (tab-separated)</option>
              <option value="csv">CSV</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="import-area">Area</label>
            <select id="import-area" name="area" value={areaId} onChange={(event) => setAreaId(event.target.value)}>
              {areas.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="import-subtopic">Subtopic</label>
            {/* Keyed by area so a new area starts at its own first subtopic. */}
            <select id="import-subtopic" name="subtopic" key={area.id} defaultValue={area.subtopics[0]!.id}>
              {area.subtopics.map((subtopic) => (
                <option key={subtopic.id} value={subtopic.id}>
                  {subtopic.name}
                </option>
              ))}
            </select>
            {errors?.subtopic && <div className="error">{errors.subtopic[0]}</div>}
          </div>
          <div className="field">
            <label htmlFor="import-level">Level</label>
            <select id="import-level" name="level" defaultValue="M">
              <option value="E">Easy</option>
              <option value="M">Medium</option>
              <option value="H">Hard</option>
            </select>
          </div>
          <div className="field checkbox-label">
            <label>
              <input type="checkbox" name="subtopicFromTags" defaultChecked /> Notes tagged with a subtopic of the area go
              to that subtopic
            </label>
            <div className="hint">
              E.g. a note tagged <code>svd</code> or <code>LinearAlgebra::svd</code> imported into linear algebra.
            </div>
          </div>
        </fieldset>
        <p>
          <button className="button primary" type="submit" disabled={!hydrated || pending}>
            {pending ? 'Working…' : 'Preview'}
          </button>
        </p>
      </form>
      {result && !result.ok && (
        <div className="alert" role="alert">
          {result.message}
        </div>
      )}
      {result?.ok && (
        <ImportReportView report={result.data}>
          {!result.data.committed && result.data.added > 0 && (
            <p>
              <button className="button primary" type="button" disabled={pending} onClick={() => run(importCards)}>
                {pending ? 'Importing…' : `Import ${result.data.added.toLocaleString('en')} card${result.data.added === 1 ? '' : 's'}`}
              </button>
            </p>
          )}
        </ImportReportView>
      )}
    </>
  );
}
