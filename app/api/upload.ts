import 'server-only';
import { open } from 'node:fs/promises';
import type { ActionResult } from '@/lib/action-result';
import { isSameOriginRequest } from '@/lib/security/same-origin';

/** A refusal as the data panel shows it: the ActionResult shape, with the HTTP status that fits. */
export function refusal(status: number, message: string): Response {
  return Response.json({ ok: false, message } satisfies ActionResult<never>, { status });
}

/** The refusal for a request not sent by the app's own pages; null when it was. */
export function refuseForeignOrigin(request: Request): Response | null {
  return isSameOriginRequest(request.headers) ? null : refusal(403, 'This request did not come from Recall\'s own pages.');
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * Writes the request body (the file, sent as is) to `file`, stopping as soon as it passes `maxBytes`, so an
 * oversized upload is refused without being held in memory or on disk. Returns a refusal, or null when saved.
 */
export async function saveUpload(request: Request, file: string, maxBytes: number): Promise<Response | null> {
  const tooLarge = refusal(413, `The file is larger than ${megabytes(maxBytes)}, the most this accepts.`);
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) return tooLarge;
  if (!request.body) return refusal(400, 'No file was sent.');
  const reader = request.body.getReader();
  const handle = await open(file, 'wx');
  let written = 0;
  try {
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      written += part.value.byteLength;
      if (written > maxBytes) {
        await reader.cancel();
        return tooLarge;
      }
      await handle.write(part.value);
    }
  } finally {
    await handle.close();
  }
  return written === 0 ? refusal(400, 'The file is empty.') : null;
}
