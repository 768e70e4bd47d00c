import { percentile } from '../run/stats';

/** What one kind of request did in a run. */
export interface KindFigures {
  kind: string;
  requests: number;
  p50: number;
  p95: number;
  max: number;
}

/**
 * Collects every request's latency by kind and every failure by kind and
 * cause (the GraphQL error code, the HTTP status, a timeout), with the first
 * message of each cause to show what went wrong.
 */
export class LoadRecorder {
  private readonly latencies = new Map<string, number[]>();
  private readonly errors = new Map<string, { count: number; first: string }>();

  succeeded(kind: string, ms: number): void {
    let list = this.latencies.get(kind);
    if (!list) this.latencies.set(kind, (list = []));
    list.push(ms);
  }

  failed(kind: string, cause: string, message: string): void {
    const key = `${kind}: ${cause}`;
    const entry = this.errors.get(key);
    if (entry) entry.count += 1;
    else this.errors.set(key, { count: 1, first: message.slice(0, 300) });
  }

  get errorCount(): number {
    return [...this.errors.values()].reduce((sum, e) => sum + e.count, 0);
  }

  get requestCount(): number {
    return [...this.latencies.values()].reduce((sum, l) => sum + l.length, 0) + this.errorCount;
  }

  errorsByKind(): Array<{ kind: string; count: number; first: string }> {
    return [...this.errors.entries()].map(([kind, e]) => ({ kind, ...e })).sort((a, b) => b.count - a.count);
  }

  figures(): KindFigures[] {
    return [...this.latencies.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([kind, list]) => {
      const sorted = [...list].sort((a, b) => a - b);
      return { kind, requests: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] };
    });
  }
}
