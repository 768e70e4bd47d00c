import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { InvolvementList } from '../components/involvement-list';
import { ESTHER, KEES, LARS, LISANNE, MARIEKE, SANNE } from '../testing/involvements-fixture';

const card = (organisation: string) => screen.getAllByRole('listitem').find((item) => item.textContent?.startsWith(organisation)) as HTMLElement;

describe('who is involved, as a partner reads it', () => {
  it('says that a task outside their own is not shared, where it would otherwise show an empty line', async () => {
    await renderWithProviders(<InvolvementList involvements={[SANNE, MARIEKE, { ...KEES, task: null }]} members={[ESTHER, LISANNE, LARS]} ownInvolvementId={MARIEKE.id} />);
    expect(within(card(KEES.organisationName)).getByText('Niet gedeeld met jouw taak: de taak gaat over iets anders dan waar jij aan werkt. Vraag de regisseur als je meer moet weten.')).toBeVisible();
    expect(within(card(MARIEKE.organisationName)).getByText(MARIEKE.task as string)).toBeVisible();
  });
});
