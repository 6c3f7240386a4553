// The part of unzipper's API the XLSX guard uses (the package ships no types; exceljs reads
// workbooks with the same version).
declare module 'unzipper' {
  import type { Duplex, PassThrough } from 'node:stream';

  namespace unzipper {
    interface Entry extends PassThrough {
      /** the part's path inside the archive */
      path: string;
    }
    /** A streaming zip parser: write the archive in, read one Entry per part (with forceStream). */
    function Parse(options?: { forceStream?: boolean }): Duplex;
  }
  export default unzipper;
}
