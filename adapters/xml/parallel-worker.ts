// Worker thread of `readXmlParallel`: maps batches of parsed XML records with the format's pure
// `map`; accepted records go back as UTF-8 NDJSON bytes (transferred, not copied), rejections as
// they are, in file order. No I/O, no shared state.
import { parentPort } from 'node:worker_threads';
import { abhFormat } from '../abh/index.js';
import { sozialamtFormat } from '../sozialamt/index.js';
import type { XmlFormat } from './xml-adapter.js';
import type { ParallelBatch, ParallelResult } from './parallel.js';

const FORMATS: Record<string, XmlFormat<unknown>> = { abh: abhFormat as XmlFormat<unknown>, sozialamt: sozialamtFormat as XmlFormat<unknown> };
const encoder = new TextEncoder();

parentPort!.on('message', (batch: ParallelBatch) => {
  const format = FORMATS[batch.source]!;
  const out: ParallelResult['out'] = [];
  const transfer: ArrayBuffer[] = [];
  let lines = '';
  let records = 0;
  const close = () => {
    if (!records) return;
    const ndjson = encoder.encode(lines);
    out.push({ ndjson, records });
    transfer.push(ndjson.buffer as ArrayBuffer);
    lines = '';
    records = 0;
  };
  for (const item of batch.items) {
    const read = format.map(item, batch.header, batch.file);
    if (read.type === 'rejection') {
      close();
      out.push(read);
    } else {
      lines += JSON.stringify(read) + '\n';
      records++;
    }
  }
  close();
  parentPort!.postMessage({ seq: batch.seq, out } satisfies ParallelResult, transfer);
});
