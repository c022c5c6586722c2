import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { BACKUP_NAME_PATTERN } from '@/db/backup';
import { backupDirectory } from '@/db/config';

export const dynamic = 'force-dynamic';

/** Only a backup's own name: no path, so nothing outside the backup folder can be asked for. */
const nameSchema = z.string().max(64).regex(BACKUP_NAME_PATTERN);

/** Downloads one backup from the backup folder (BACKUP_DIR) by name. */
export async function GET(_request: Request, context: { params: Promise<{ name: string }> }): Promise<Response> {
  const parsed = nameSchema.safeParse((await context.params).name);
  if (!parsed.success) return new Response('Not a backup name.', { status: 400 });
  const file = path.join(backupDirectory(), parsed.data);
  if (!existsSync(file)) return new Response('There is no such backup.', { status: 404 });
  const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      'Content-Type': 'application/vnd.sqlite3',
      'Content-Length': String(statSync(file).size),
      'Content-Disposition': `attachment; filename="${parsed.data}"`,
      'Cache-Control': 'no-store',
    },
  });
}
