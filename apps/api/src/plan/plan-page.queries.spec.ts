import { ADD_ITEM, CREATE_FAMILY, INVITE, PLAN_PAGE, UPDATE_ITEM } from '../testing/plan-operations';

/** The plan page as the web asks it: with the "changed by someone else" mark, without the earlier versions. */
const PLAN_PAGE_WITH_MARK = PLAN_PAGE.replace('plan { ', 'plan { changedByOther lastChangedBy { name organisationName } ');
/** The plan page with every item's earlier versions unfolded at once, as it was before they loaded on demand. */
const PLAN_PAGE_WITH_HISTORY = PLAN_PAGE.replace('plan { ', 'plan { history { version text changedAt changedBy { name } } ');
const ONE_ITEM_HISTORY = `query ($id: ID!) { planItem(id: $id) { id history { version text } } }`;
import { TestContext } from '../testing/test-context';

describe('the plan page', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await TestContext.create()));
  afterAll(() => ctx.close());

  it('loads in the same small number of SQL statements for 20 or 200 agreements', async () => {
    const organisation = await ctx.newOrganisation({ type: 'NEIGHBOURHOOD_TEAM' });
    const regisseurAccount = await ctx.newAccount({ organisation });
    const regisseur = await ctx.signIn(regisseurAccount);
    const partner = await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'SCHOOL' }) });
    const { createFamily: family } = await regisseur.data<{ createFamily: { id: string; members: Array<{ id: string }> } }>(CREATE_FAMILY, {
      input: {
        name: 'Gezin Groot',
        regisseurTask: 'Regie',
        members: [
          { givenName: 'Petra', familyName: 'Groot', role: 'PARENT', dateOfBirth: '1985-01-01', hasParentalAuthority: true },
          { givenName: 'Jip', familyName: 'Groot', role: 'CHILD', dateOfBirth: '2017-01-01' },
        ],
        network: [{ name: 'Opa Henk', relation: 'grandfather' }],
      },
    });
    const { inviteInvolvement: partnerInvolvement } = await regisseur.data<{ inviteInvolvement: string }>(INVITE, {
      input: { familyId: family.id, professionalEmail: partner.email, task: 'School', categories: ['SCHOOL', 'GENERAL'], memberIds: [family.members[1].id] },
    });
    // The mother agrees that the school reads what concerns Jip, so the school may carry agreements about him.
    await regisseur.data(`mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, {
      input: {
        familyId: family.id, subjectMemberId: family.members[1].id, purpose: 'PLAN_EXCHANGE',
        recipientInvolvementIds: [partnerInvolvement], categories: ['SCHOOL', 'GENERAL'], givenByMemberIds: [family.members[0].id],
      },
    });
    const agreementIds: string[] = [];
    const addAgreements = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const { addPlanItem } = await regisseur.data<{ addPlanItem: { id: string } }>(ADD_ITEM, {
          input: {
            familyId: family.id,
            kind: 'AGREEMENT',
            category: i % 2 === 0 ? 'GENERAL' : 'SCHOOL',
            text: `Afspraak ${i}`,
            dueOn: '2027-01-01',
            aboutMemberIds: [family.members[1].id],
            assignee: i % 3 === 0 ? { type: 'INVOLVEMENT', id: partnerInvolvement } : { type: 'FAMILY_MEMBER', id: family.members[0].id },
          },
        });
        agreementIds.push(addPlanItem.id);
      }
    };
    /**
     * Changes every ninth agreement from `from` on, so those have an earlier version. Each is one the
     * mother carries (i % 3 === 1): a change to the partner's would mail the partner, and the mail
     * worker's statements would be counted with the page's.
     */
    const changeSome = async (from: number) => {
      for (let i = from; i < agreementIds.length; i++) {
        if (i % 9 !== 1) continue;
        await regisseur.data(UPDATE_ITEM, { input: { id: agreementIds[i], expectedVersion: 1, text: 'Afspraak, gewijzigd' } });
      }
    };
    const measure = async () => {
      const { result, queries } = await ctx.countQueries(() => regisseur.data<{ family: { plan: unknown[] } }>(PLAN_PAGE, { id: family.id }));
      const withMark = await ctx.countQueries(() => regisseur.data(PLAN_PAGE_WITH_MARK, { id: family.id }));
      const withHistory = await ctx.countQueries(() => regisseur.data(PLAN_PAGE_WITH_HISTORY, { id: family.id }));
      const oneItem = await ctx.countQueries(() => regisseur.data(ONE_ITEM_HISTORY, { id: agreementIds[1] }));
      return { items: result.family.plan.length, queries, withMark: withMark.queries, withHistory: withHistory.queries, oneItem: oneItem.queries };
    };

    await addAgreements(20);
    await changeSome(0);
    const small = await measure();
    await addAgreements(180);
    await changeSome(20);
    const large = await measure();

    console.log(`plan page: ${small.items} items in ${small.queries} SQL statements; ${large.items} items in ${large.queries}; one item's history in ${large.oneItem}`);
    expect(small.items).toBe(20);
    expect(large.items).toBe(200);
    expect(large.queries).toBe(small.queries);
    // Session with the access decision and its facts, directory with the adopted versions, plan items, access-log lines.
    expect(large.queries).toBeLessThanOrEqual(4);
    // The mark on a changed item comes from the item's own last-change facts: no statement more than before history existed.
    expect(small.withMark).toBe(small.queries);
    expect(large.withMark).toBe(small.queries);
    // Unfolding one item's versions: its access, the item, its versions, the directory, the log line; whatever the plan's size.
    expect(large.oneItem).toBe(small.oneItem);
    // The earlier versions of every item on the page: one more statement, for 3 or 23 changed items alike.
    expect(small.withHistory).toBe(small.queries + 1);
    expect(large.withHistory).toBe(small.queries + 1);
    // 200 additions through the API take a while on a busy machine; the figure under test is the count, not the time.
  }, 180_000);
});
