/** One line of the benchmark table. */
export interface BenchRow {
  name: string;
  records: number;
  seconds: number;
  recordsPerSecond: number;
  peakRssMb: number;
}
