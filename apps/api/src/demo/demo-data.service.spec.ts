import { DemoDataService } from './demo-data.service';
import { DEMO_PASSWORD } from './demo-organisations';
import { TestContext } from '../testing/test-context';

describe('scratch', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await TestContext.create()));
  afterAll(() => ctx.close());
  it('loads', async () => {
    const t = Date.now();
    expect(await ctx.app.get(DemoDataService).loadIntoEmptyDatabase(DEMO_PASSWORD)).toBe(true);
    console.log('ms', Date.now() - t);
    console.log(await ctx.dataSource.query(`SELECT kind, count(*) FROM plan_item GROUP BY kind`));
    console.log(await ctx.dataSource.query(`SELECT name, created_at, last_plan_change_at FROM family`));
  });
});
