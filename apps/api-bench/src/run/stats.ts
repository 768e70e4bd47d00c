/** Latencies of one measurement, in milliseconds, summarised. */
export interface Summary {
  requests: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  timeouts: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function summarise(latencies: number[], seconds: number, errors: number, timeouts: number): Summary {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    throughput: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    errors,
    timeouts,
  };
}
