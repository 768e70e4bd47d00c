const DAY_MS = 86_400_000;

/**
 * Dates relative to the anchor day (the day the data is generated for), so
 * that "overdue" and "due within two weeks" keep their proportions whenever
 * the benchmark runs. Offsets are in days; fractions are times of day.
 */
export class Calendar {
  private readonly anchorMs: number;

  constructor(readonly anchor: string) {
    this.anchorMs = Date.parse(`${anchor}T00:00:00Z`);
  }

  /** YYYY-MM-DD, `offset` days from the anchor. */
  day(offset: number): string {
    return new Date(this.anchorMs + Math.floor(offset) * DAY_MS).toISOString().slice(0, 10);
  }

  /** A moment, `offset` days (with fraction) from the anchor, kept before the anchor's noon. */
  at(offset: number): Date {
    return new Date(this.anchorMs + Math.min(offset, 0.5) * DAY_MS);
  }
}
