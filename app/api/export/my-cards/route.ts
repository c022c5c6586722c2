import { getDb } from '@/db/client';
import { getPersonalCardSources } from '@/db/queries/personal-cards';
import { formatBankFile } from '@/lib/questions/format-bank';
import { isAreaId } from '@/lib/questions/taxonomy';

export const dynamic = 'force-dynamic';

/** The person's own cards of one area (`?area=`) as a bank file: it can go into questions/ as it is. */
export function GET(request: Request) {
  const area = new URL(request.url).searchParams.get('area') ?? '';
  if (!isAreaId(area)) return new Response('Unknown or missing ?area=', { status: 400 });
  const cards = getPersonalCardSources(getDb(), area);
  if (cards.length === 0) return new Response(`You have no cards of your own in ${area}.`, { status: 404 });
  return new Response(formatBankFile(area, cards), {
    headers: {
      'Content-Type': 'text/markdown; charset=utf-8',
      'Content-Disposition': `attachment; filename="my-${area}.md"`,
    },
  });
}
