import { and, isNull } from 'drizzle-orm';
import { cards } from '../schema';

/** Cards the person can be asked, in reviews and mocks: neither retired from the banks nor suspended. */
export const studiable = and(isNull(cards.retiredAt), isNull(cards.suspendedAt));
