import type { Evaluation } from '@/lib/srs/optimizer/fsrs-binding';
import type { OptimizerResult } from '@/lib/srs/optimizer/optimize-parameters';

const loss = (value: number) => value.toFixed(4);
const rmse = (value: number) => `${(value * 100).toFixed(2)}%`;
const weight = (value: number) => value.toFixed(4);

function ScoreRow({ label, evaluation }: { label: string; evaluation: Evaluation }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{loss(evaluation.logLoss)}</td>
      <td>{rmse(evaluation.rmseBins)}</td>
    </tr>
  );
}

/** A finished fit: the parameters scored on the held-out later reviews, and the parameters themselves. */
export function OptimizerResultView({ result }: { result: OptimizerResult }) {
  const { heldOut, current, defaults, fitted, history } = result;
  return (
    <div data-testid="optimizer-result">
      <table className="score-table">
        <caption>
          Predicting your {heldOut.checkedOn} reviews from {heldOut.from} on, which the fit did not see (it was fitted
          on the {heldOut.fittedOn} before them). Lower is better.
        </caption>
        <thead>
          <tr>
            <th scope="col">Parameters</th>
            <th scope="col">Log loss</th>
            <th scope="col">RMSE (bins)</th>
          </tr>
        </thead>
        <tbody>
          {defaults && <ScoreRow label="Default" evaluation={defaults} />}
          <ScoreRow label={current.fsrsWeights ? 'Current (fitted earlier)' : 'Current (default)'} evaluation={current.evaluation} />
          <ScoreRow label="Fitted" evaluation={fitted.evaluation} />
        </tbody>
      </table>
      <details>
        <summary>The 21 parameters</summary>
        <p className="muted">
          The fitted column is fitted again on all {history.reviews} reviews, of {history.cards} cards over {history.days}{' '}
          days: these are the parameters applied.
        </p>
        <table className="score-table">
          <thead>
            <tr>
              <th scope="col">Parameter</th>
              <th scope="col">Current</th>
              <th scope="col">Fitted</th>
            </tr>
          </thead>
          <tbody>
            {fitted.weights.map((value, index) => (
              <tr key={index}>
                <th scope="row">w{index}</th>
                <td>{weight(current.weights[index] ?? Number.NaN)}</td>
                <td>{weight(value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
