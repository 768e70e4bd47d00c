/** Ends the process with the run's exit code, or 1 with the failure's message when it throws. */
export function exitWith(run: () => Promise<number>, what: string): void {
  run().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`${what} failed:`, error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
