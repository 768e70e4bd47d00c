import { ServerSnapshot, serverTicksBetween } from './cpu';

const snapshot = (own: number, endedChildren: number, running: Array<[pid: number, start: number, own: number]>): ServerSnapshot => ({
  own,
  endedChildren,
  running: new Map(running.map(([pid, start, ticks]) => [pid, { start, own: ticks }])),
});

describe('serverTicksBetween', () => {
  it('counts the difference of children running at both moments and the postmaster', () => {
    expect(serverTicksBetween(snapshot(10, 0, [[100, 1, 50], [101, 1, 70]]), snapshot(12, 0, [[100, 1, 80], [101, 1, 75]]))).toBe(2 + 30 + 5);
  });

  it('counts all the time of a child that started in the window', () => {
    expect(serverTicksBetween(snapshot(10, 0, [[100, 1, 50]]), snapshot(10, 0, [[100, 1, 60], [102, 900, 40]]))).toBe(10 + 40);
  });

  it('counts only the in-window time of a busy child that ended in the window (never negative)', () => {
    // Child 101 had used 5,000 ticks at the start and 5,300 when it ended; the postmaster waited for it.
    const before = snapshot(10, 200, [[100, 1, 50], [101, 1, 5_000]]);
    const after = snapshot(10, 200 + 5_300, [[100, 1, 60]]);
    expect(serverTicksBetween(before, after)).toBe(10 + 300);
  });

  it('treats a reused pid as one child that ended and another that started', () => {
    const before = snapshot(0, 0, [[100, 1, 400]]);
    const after = snapshot(0, 450, [[100, 777, 25]]);
    expect(serverTicksBetween(before, after)).toBe(50 + 25);
  });

  it('counts a child that started and ended inside the window through the ended time alone', () => {
    expect(serverTicksBetween(snapshot(0, 0, []), snapshot(0, 120, []))).toBe(120);
  });
});
