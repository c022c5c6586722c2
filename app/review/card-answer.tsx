import { CardHtml } from '@/app/components/card-html';
import type { QueueItem } from '@/lib/srs/queue-item';

export interface Verdict {
  correct: boolean;
  summary: string;
}

/** The back of the card: the check's verdict, the expected value or output, the model answer and key points. */
export function CardAnswer({
  item,
  verdict,
  typed,
}: {
  item: Pick<QueueItem, 'rendered'>;
  verdict: Verdict | null;
  typed: string;
}) {
  const { rendered } = item;
  const numeric = rendered.numeric;
  return (
    <>
      {verdict && (
        <p className={`verdict ${verdict.correct ? 'right' : 'wrong'}`} role="status" data-testid="verdict">
          {verdict.summary}
        </p>
      )}
      {numeric && (
        <section className="card-section">
          <h3>Expected</h3>
          <p>
            <strong data-testid="expected-value">{numeric.value}</strong>
            {numeric.unit ? ` ${numeric.unit}` : ''}{' '}
            <span className="muted">
              (within{' '}
              {numeric.tolerance.kind === 'absolute'
                ? `±${numeric.tolerance.amount}`
                : `±${+(numeric.tolerance.amount * 100).toPrecision(3)}%`}
              )
            </span>
          </p>
        </section>
      )}
      {rendered.output !== undefined && (
        <section className="card-section">
          <h3>Output</h3>
          <pre className="output">{rendered.output}</pre>
          {typed.trim() !== '' && !verdict?.correct && (
            <>
              <h3>Yours</h3>
              <pre className="output">{typed}</pre>
            </>
          )}
        </section>
      )}
      <section className="card-section">
        <h3>Answer</h3>
        <CardHtml html={rendered.answer} />
      </section>
      {/* A card brought from Anki has its back as its one key point: showing it twice adds nothing. */}
      {rendered.keyPoints && !(rendered.keyPoints.length === 1 && rendered.keyPoints[0] === rendered.answer) && (
        <section className="card-section">
          <h3>Key points</h3>
          <ul>
            {rendered.keyPoints.map((point, index) => (
              <li key={index}>
                <CardHtml html={point} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
