import { column, columns, returning, Row, Selected } from './typed-sql';

/**
 * Queries name their columns through `columns`, `returning`, `column` and `Row`,
 * which check the names against `table-rows.generated.ts`. When a migration
 * renames or drops a column and `npm run codegen` regenerates that file, every
 * query still using the old name stops compiling. The `@ts-expect-error` lines
 * below keep that promise honest: should a helper stop refusing an unknown
 * column, the directive is unused and the typecheck fails.
 */
describe('typed SQL', () => {
  it('writes the column lists a query selects and a write returns', () => {
    expect(columns('network_member', 'n', ['id', 'name', 'phone']).sql).toBe('n.id, n.name, n.phone');
    expect(returning('family_member', ['id', 'version']).sql).toBe('id, version');
    expect(column('account', 'display_name')).toBe('display_name');
  });

  it('types rows by the migrated schema', () => {
    const selection = columns('family_member', 'm', ['id', 'date_of_birth']);
    const row: Selected<typeof selection> = { id: 'a', date_of_birth: new Date() };
    expect(selection.sql).toBe('m.id, m.date_of_birth');
    const nullable: Row<'network_member', 'phone'> = { phone: null };
    expect([row.id, nullable.phone]).toEqual(['a', null]);
  });

  it('refuses a column the schema does not have', () => {
    // @ts-expect-error: family_member has no column "birth_date" (it is date_of_birth).
    columns('family_member', 'm', ['id', 'birth_date']);
    // @ts-expect-error: a renamed column fails in RETURNING lists too.
    returning('involvement', ['ended']);
    // @ts-expect-error: and in a single column name.
    column('account', 'name');
    // @ts-expect-error: and in a row type.
    const stale: Row<'plan_item', 'text'> | null = null;
    expect(stale).toBeNull();
  });
});
