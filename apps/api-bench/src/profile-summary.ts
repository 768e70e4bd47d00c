import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Where a frame's code comes from: a package, Node itself, the app's bundle, or V8's own work. */
function origin(frame: ProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (module) return module[1];
  if (url.startsWith('node:')) return 'node core';
  if (url.includes('dist/apps/api/')) return 'app (dist/apps/api)';
  return url;
}

/**
 * `node dist/apps/api-bench/profile-summary.js <file.cpuprofile> [top]`: where
 * a V8 CPU profile of the API (`npm run bench -- --profile 1`) spent its time,
 * by origin and by function (self time), as Markdown tables for
 * docs/performance.md.
 */
function main(): void {
  const [file, topArg] = process.argv.slice(2);
  if (!file) throw new Error('usage: profile-summary <file.cpuprofile> [top]');
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const idle = [...self].filter(([id]) => byId.get(id)?.callFrame.functionName === '(idle)').reduce((a, [, t]) => a + t, 0);
  const busy = total - idle;
  const byOrigin = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, time] of self) {
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)') continue;
    const where = origin(node.callFrame);
    byOrigin.set(where, (byOrigin.get(where) ?? 0) + time);
    const name = `${node.callFrame.functionName || '(anonymous)'} (${where}${node.callFrame.url && !node.callFrame.url.includes('node_modules') ? `:${node.callFrame.lineNumber + 1}` : ''})`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + time);
  }
  const top = Number(topArg ?? 25);
  const pct = (time: number) => `${((100 * time) / busy).toFixed(1)} %`;
  const rows = (map: Map<string, number>) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, time]) => `| ${name.replace(/\|/g, '\\|')} | ${pct(time)} |`);
  console.log(`Profile ${file}: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy (idle left out; shares are of the busy time).\n`);
  console.log(['| where (self time) | share |', '| --- | --: |', ...rows(byOrigin)].join('\n'));
  console.log('');
  console.log(['| function (self time) | share |', '| --- | --: |', ...rows(byFunction)].join('\n'));
}

main();
