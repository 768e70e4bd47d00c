/**
 * Loaded into the API process by the load test (`node --expose-gc --require
 * memory-probe.js main.js`): on the message "memory" it collects garbage and
 * answers with the process's resident set and V8 heap, so that the figures
 * at the start and the end of a run compare live memory, not garbage that
 * has not been collected yet. The API's own code knows nothing of it.
 */
type Collect = () => void;

const collect = (globalThis as { gc?: Collect }).gc;

process.on('message', (message: unknown) => {
  if (message !== 'memory' || !process.send) return;
  collect?.();
  const { rss, heapUsed, heapTotal } = process.memoryUsage();
  process.send({ rss, heapUsed, heapTotal });
});
// The channel must not keep the API alive when it shuts down on SIGTERM.
process.channel?.unref();
