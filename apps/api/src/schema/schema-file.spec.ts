import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestContext } from '../testing/test-context';

/**
 * apps/api/schema.graphql is the API's contract: the web client's types are
 * generated from it. This test fails when the code and the file disagree;
 * `npm run codegen` rewrites the file (UPDATE_SCHEMA=1) and the client types.
 */
const SCHEMA_FILE = join(__dirname, '../../schema.graphql');

describe('the schema file', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await TestContext.create()));
  afterAll(() => ctx.close());

  it('matches the schema the API serves', () => {
    const served = `${printSchema(lexicographicSortSchema(ctx.app.get(GraphQLSchemaHost).schema))}\n`;
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, served);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(served);
  });
});
