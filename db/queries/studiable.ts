import { and, isNull, lte, or } from 'drizzle-orm';
import { cards } from '../schema';

/** Cards the person can be asked, in reviews and mocks: neither retired from the banks nor suspended. */
export const studiable = and(isNull(cards.retiredAt), isNull(cards.suspendedAt));

/** Cards the review queue may show at `now`: studiable and not buried for the rest of the day. */
export const reviewable = (now: Date) => and(studiable, or(isNull(cards.buriedUntil), lte(cards.buriedUntil, now)));
