// Whether an uploaded file is within the bounds of the API key that sent it (issue 14, finding 1):
// checked before the import is created, so a refused upload is answered 403 and never read in.
// The import stage checks every record again; this is the early, cheap answer for the client.
import { detectFileSource, readExport } from '../../adapters/index.js';
import type { Source } from '../../adapters/types.js';
import { deliveryRefusal } from '../auth/access.js';
import type { Principal } from '../auth/principal.js';

/**
 * Why the key may not deliver this file, or null. The source is the one given or detected from
 * the file's head; for an ABH export the authority is its header's, read from the first record
 * (a streaming read, stopped there). A file whose source or first record cannot be read is left
 * to the import stage, which fails it with the reason.
 */
export async function uploadRefusal(p: Principal, file: string, name: string, given: Source | undefined): Promise<string | null> {
  if (p.kind !== 'api_key') return null;
  const source = given ?? (await detectFileSource(file, name).catch(() => null));
  if (!source) return null;
  const refused = deliveryRefusal(p, source, null);
  if (refused || source !== 'abh') return refused;
  const authority = await firstAuthority(file, name, source);
  return authority === undefined ? null : deliveryRefusal(p, source, authority);
}

/** The authority of the file's first record; undefined when there is none or the file cannot be read (the import stage reports that). */
async function firstAuthority(file: string, name: string, source: Source): Promise<string | null | undefined> {
  try {
    for await (const item of readExport(file, { source, name })) return item.type === 'person_record' ? item.authority : undefined;
  } catch {
    return undefined;
  }
  return undefined;
}
