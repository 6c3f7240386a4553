// Checks, while the bytes stream past, that a file really is in the encoding its format
// prescribes: a "Windows-1252" or "ISO-8859-15" file whose non-ASCII bytes all form valid UTF-8
// sequences was saved as UTF-8 by mistake, and reading it as declared would silently turn
// "ü" into "Ã¼". The opposite case, a "UTF-8" file with invalid sequences, is caught too.
import { KimError } from '../../src/errors/registry.js';

// Any byte above 0x7f (the control range of ASCII is allowed here, so the class starts at NUL on purpose).
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

export type ExpectedEncoding = 'utf-8' | 'single-byte';

export class EncodingGuard {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private decided = false;
  private sawMultiByte = false;

  constructor(
    private readonly file: string,
    private readonly expected: ExpectedEncoding,
    private readonly declared: string,
  ) {}

  /** Feed every chunk in order; throws KIM_ERR_INPUT_ENCODING as soon as the evidence is clear. */
  check(chunk: Buffer): void {
    if (this.decided) return;
    let hasHighByte = false;
    for (let i = 0; i < chunk.length; i++)
      if (chunk[i]! >= 0x80) {
        hasHighByte = true;
        break;
      }
    if (!hasHighByte && !this.sawMultiByte) return;
    try {
      // Evidence is a whole multi-byte character: a chunk that ends in the first byte of one
      // proves nothing yet (a single-byte file cut after a "ß" looked like UTF-8; issue 18).
      const text = this.decoder.decode(chunk, { stream: true });
      if (hasHighByte && NON_ASCII.test(text)) this.sawMultiByte = true;
    } catch {
      // Not UTF-8. For a single-byte file that is the expected state: nothing more to check.
      this.decided = true;
      if (this.expected === 'utf-8') {
        throw new KimError('KIM_ERR_INPUT_ENCODING', `${this.file}: the file is not valid UTF-8 (its format prescribes ${this.declared})`);
      }
      return;
    }
    if (this.expected === 'single-byte' && this.sawMultiByte) {
      // Valid multi-byte UTF-8 where single bytes are expected: decide after a whole chunk of evidence.
      this.decided = true;
      throw new KimError('KIM_ERR_INPUT_ENCODING', `${this.file}: the file is encoded as UTF-8, but its format prescribes ${this.declared}`);
    }
  }

  /** Call at the end: a UTF-8 file must not end inside a multi-byte sequence. */
  finish(): void {
    if (this.decided || this.expected !== 'utf-8') return;
    try {
      this.decoder.decode();
    } catch {
      throw new KimError('KIM_ERR_INPUT_ENCODING', `${this.file}: the file ends inside a UTF-8 character (its format prescribes ${this.declared})`);
    }
  }
}
