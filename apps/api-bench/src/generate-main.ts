// Imported here so the bundle's pruned dependencies list it (TypeORM loads it at run time).
import 'pg';
import { openBenchDatabase } from './bench-database';
import { parseArgs } from './cli-args';
import { ensureDataset } from './dataset/load-dataset';

/** `npm run bench:generate -- --families N --seed S`: fills a bench database and stops. */
async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const database = await openBenchDatabase(options.families);
  try {
    const marker = await ensureDataset(database.url, options);
    console.log(`Dataset: ${marker.families} families, seed ${marker.seed}, dates around ${marker.anchor}, generated in ${marker.seconds} s`);
    for (const [table, count] of Object.entries(marker.rows)) console.log(`  ${table.padEnd(22)} ${count.toLocaleString('en')}`);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
