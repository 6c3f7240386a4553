/** The nearest-rank percentile `p` (0–1) of ascending `sorted`; NaN when it is empty. */
export const percentile = (sorted: readonly number[], p: number): number => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
