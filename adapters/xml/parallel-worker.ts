// Worker thread of `readXmlParallel`: maps batches of records with the format's pure `map`
// (mapBatch); accepted records go back as UTF-8 NDJSON bytes (transferred, not copied),
// rejections as they are, in file order. No I/O, no shared state.
import { parentPort } from 'node:worker_threads';
import { abhFormat } from '../abh/index.js';
import { sozialamtFormat } from '../sozialamt/index.js';
import type { XmlFormat } from './xml-adapter.js';
import { mapBatch, type ParallelBatch } from './parallel.js';

const FORMATS: Record<string, XmlFormat<unknown>> = { abh: abhFormat as XmlFormat<unknown>, sozialamt: sozialamtFormat as XmlFormat<unknown> };

parentPort!.on('message', (batch: ParallelBatch) => {
  const { result, transfer } = mapBatch(FORMATS[batch.source]!, batch);
  parentPort!.postMessage(result, transfer);
});
