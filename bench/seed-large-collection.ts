import { randomUUID } from 'node:crypto';
import type { Db } from '@/db/connection';
import { seededRandom } from '@/lib/mock/seeded-random';
import { SKILL_AREAS } from '@/lib/questions/taxonomy';
import { DAY_MS } from '@/lib/srs/review-day';

/**
 * Fills a migrated database with a synthetic collection: `cardCount` cards spread over every area and subtopic,
 * about 70% of them studied, and `logCount` review logs spread over the year before `now`. States are plausible
 * (stability from a day to a year, due after the last review) but not the outcome of real reviews: the point is the
 * size and the spread, for timing the queries. The cards are personal ones (a bank sync leaves them alone), each
 * with a short content row so the review queue can show them.
 */
export function seedLargeCollection(db: Db, options: { cardCount: number; logCount: number; now: Date; seed?: number }) {
  const { cardCount, logCount, now } = options;
  const random = seededRandom(options.seed ?? 1);
  const subtopics = SKILL_AREAS.flatMap((area) => area.subtopics.map((subtopic) => ({ area: area.id, subtopic: subtopic.id })));
  const sqlite = db.$client;
  const insertCard = sqlite.prepare(
    `insert into cards (id, area, subtopic, level, format, origin, new_position, created_at, updated_at, state, due,
       stability, difficulty, scheduled_days, learning_steps, reps, lapses, last_review)
     values (?, ?, ?, 'M', 'free-recall', 'personal', ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)`,
  );
  const insertContent = sqlite.prepare(
    `insert into card_contents (card_id, content_hash, source, rendered) values (?, 'synthetic', ?, ?)`,
  );
  const insertLog = sqlite.prepare(
    `insert into review_logs (id, card_id, rating, source, reviewed_at, duration_ms, state_before, state_after)
     values (?, ?, ?, 'daily', ?, ?, ?, ?)`,
  );
  const studied: { id: string; lastReview: number; stability: number; difficulty: number }[] = [];
  sqlite.transaction(() => {
    for (let index = 0; index < cardCount; index++) {
      const { area, subtopic } = subtopics[index % subtopics.length]!;
      const id = `bench-${index}`;
      const prompt = `Synthetic question ${index} on ${subtopic}?`;
      const source = { id, area, subtopic, level: 'M', format: 'free-recall', prompt, answer: 'An answer.', keyPoints: ['one', 'two'] };
      const rendered = { prompt: `<p>${prompt}</p>`, answer: '<p>An answer.</p>', keyPoints: ['<p>one</p>', '<p>two</p>'] };
      if (random() < 0.7) {
        const stability = Math.exp(Math.log(1) + random() * Math.log(365));
        const difficulty = 1 + 9 * random();
        const lastReview = now.getTime() - random() * Math.min(stability, 120) * DAY_MS;
        const scheduledDays = Math.max(1, Math.round(stability));
        const due = lastReview + scheduledDays * DAY_MS;
        insertCard.run(id, area, subtopic, random(), now.getTime(), now.getTime(), 'review', due, stability, difficulty, scheduledDays, 5, 0, lastReview);
        studied.push({ id, lastReview, stability, difficulty });
      } else {
        insertCard.run(id, area, subtopic, random(), now.getTime(), now.getTime(), 'new', null, 0, 0, 0, 0, 0, null);
      }
      insertContent.run(id, JSON.stringify(source), JSON.stringify(rendered));
    }
    for (let index = 0; index < logCount; index++) {
      const card = studied[index % studied.length]!;
      const reviewedAt = Math.min(card.lastReview, now.getTime() - random() * 365 * DAY_MS);
      const state = (last: number) =>
        JSON.stringify({ state: 'review', due: reviewedAt + card.stability * DAY_MS, stability: card.stability, difficulty: card.difficulty, scheduledDays: Math.round(card.stability), learningSteps: 0, reps: 5, lapses: 0, lastReview: last });
      insertLog.run(randomUUID(), card.id, random() < 0.9 ? 3 : 1, reviewedAt, 5_000 + Math.floor(random() * 20_000), state(reviewedAt - card.stability * DAY_MS), state(reviewedAt));
    }
  })();
  // Each card's first review was of a new card, as in a real log: the optimizer builds its items from there.
  sqlite.exec(`update review_logs set state_before = null where id in (
    select id from (select id, row_number() over (partition by card_id order by reviewed_at, id) as position from review_logs)
    where position = 1)`);
  sqlite.exec('analyze');
  return { studied: studied.length };
}
