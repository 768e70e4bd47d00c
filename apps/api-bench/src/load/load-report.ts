import { ServerMemory } from '../run/api-process';
import { LoadRecorder } from './load-recorder';

export interface MemorySample extends ServerMemory {
  /** Seconds since the load started. */
  second: number;
}

export interface LoadReportInput {
  recorder: LoadRecorder;
  seconds: number;
  memory: MemorySample[];
  loadBefore: number[];
  loadAfter: number[];
  cores: number;
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const ms = (value: number) => `${value.toFixed(value < 100 ? 1 : 0)} ms`;

/** The run's figures as plain text: per request kind, errors by kind, throughput, the API's memory. */
export function formatLoadReport(input: LoadReportInput): string {
  const { recorder, seconds, memory } = input;
  const figures = recorder.figures();
  const width = Math.max(12, ...figures.map((f) => f.kind.length));
  const lines = [
    `${'request kind'.padEnd(width)}  ${'requests'.padStart(8)}  ${'req/s'.padStart(6)}  ${'p50'.padStart(9)}  ${'p95'.padStart(9)}  ${'max'.padStart(9)}`,
    ...figures.map((f) => `${f.kind.padEnd(width)}  ${String(f.requests).padStart(8)}  ${(f.requests / seconds).toFixed(1).padStart(6)}  ` +
      `${ms(f.p50).padStart(9)}  ${ms(f.p95).padStart(9)}  ${ms(f.max).padStart(9)}`),
    '',
    `Throughput: ${recorder.requestCount} requests in ${seconds.toFixed(0)} s = ${(recorder.requestCount / seconds).toFixed(1)} requests a second.`,
  ];
  const errors = recorder.errorsByKind();
  lines.push(errors.length === 0 ? 'Errors: 0.' : `Errors: ${recorder.errorCount}, by kind:`);
  for (const e of errors) lines.push(`  ${String(e.count).padStart(6)}  ${e.kind}  (first: ${e.first})`);
  const first = memory[0];
  const last = memory[memory.length - 1];
  lines.push(
    `API memory after a full garbage collection, at the start: RSS ${mb(first.rss)}, heap used ${mb(first.heapUsed)} of ${mb(first.heapTotal)}; ` +
      `at the end: RSS ${mb(last.rss)}, heap used ${mb(last.heapUsed)} of ${mb(last.heapTotal)}.`,
    `  samples (s: RSS / heap used): ${memory.map((m) => `${m.second}: ${mb(m.rss)} / ${mb(m.heapUsed)}`).join(', ')}`,
    `Load average before ${input.loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${input.loadAfter.map((l) => l.toFixed(2)).join(' ')} (${input.cores} cores).`,
  );
  return lines.join('\n');
}
