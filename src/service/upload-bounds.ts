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
 * (a streaming read, stopped there). A file whose source cannot be detected is left to the
 * import stage, which fails it.
 */
export async function uploadRefusal(p: Principal, file: string, name: string, given: Source | undefined): Promise<string | null> {
  if (p.kind !== 'api_key') return null;
  const source = given ?? (await detectFileSource(file, name).catch(() => null));
  if (!source) return null;
  const refused = deliveryRefusal(p, source, null);
  if (refused || source !== 'abh') return refused;
  for await (const item of readExport(file, { source, name })) {
    return item.type === 'person_record' ? deliveryRefusal(p, source, item.authority) : null;
  }
  return null;
}
