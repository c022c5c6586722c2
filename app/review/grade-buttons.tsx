import { RATINGS, RATING_NAMES, type Rating } from '@/lib/srs/memory-state';

/** Again / Hard / Good / Easy, each with the wait FSRS would give; the grade a check proposes is outlined. */
export function GradeButtons({
  intervals,
  proposal,
  onGrade,
}: {
  intervals: Record<Rating, string>;
  proposal: Rating | null;
  onGrade: (rating: Rating) => void;
}) {
  return (
    <div className="grade-buttons" role="group" aria-label="How well did you recall it?">
      {RATINGS.map((rating) => (
        <button
          key={rating}
          type="button"
          className={`grade-button ${RATING_NAMES[rating].toLowerCase()}${proposal === rating ? ' proposed' : ''}`}
          onClick={() => onGrade(rating)}
          aria-keyshortcuts={String(rating)}
        >
          <span>
            {RATING_NAMES[rating]} <kbd>{rating}</kbd>
          </span>
          <span className="interval" data-testid={`interval-${rating}`}>
            {intervals[rating]}
          </span>
        </button>
      ))}
    </div>
  );
}
