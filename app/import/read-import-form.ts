import { type ActionResult, invalidInput } from '@/lib/action-result';
import { type ImportFormInput, importFormInput } from './import-input';

const TEXT_FIELDS = ['format', 'area', 'subtopic', 'level'] as const;

/** What an import action works from: the validated choices and the file's text. */
export interface ImportRequest {
  input: ImportFormInput;
  text: string;
}

/**
 * Validates the import form and reads its file as text. Only the known fields are read, each once; a field sent
 * as a file, a text sent as the file, a missing or oversized file are all refused here, before anything is parsed.
 */
export async function readImportForm(formData: unknown): Promise<ActionResult<ImportRequest>> {
  if (!(formData instanceof FormData)) return { ok: false, message: 'Expected the import form.' };
  const raw: Record<string, unknown> = { file: formData.get('file') ?? undefined };
  for (const field of TEXT_FIELDS) raw[field] = formData.get(field) ?? undefined;
  // A checkbox posts "on" when ticked and nothing otherwise.
  raw.subtopicFromTags = formData.get('subtopicFromTags') === 'on';
  const parsed = importFormInput.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  const text = decodeText(new Uint8Array(await parsed.data.file.arrayBuffer()));
  if (text === undefined) {
    return {
      ok: false,
      message: 'The file is not a text file. Anki packages (.apkg, .colpkg) cannot be read: in Anki, export “Notes in Plain Text” instead.',
      fieldErrors: { file: ['is not a text file'] },
    };
  }
  return { ok: true, data: { input: parsed.data, text } };
}

/** UTF-8 (with or without a byte-order mark), or UTF-16 with one (Excel's "Unicode text"); anything else is refused. */
function decodeText(bytes: Uint8Array): string | undefined {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  try {
    const text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
    // NUL never appears in text: this is a binary file that happens to decode.
    return text.includes('\u0000') ? undefined : text;
  } catch {
    return undefined;
  }
}
