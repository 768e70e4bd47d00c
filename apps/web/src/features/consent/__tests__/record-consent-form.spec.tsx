import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { FamilyConsentQuery, RecordConsentDocument } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { involvement, member } from '../../family-plan/testing/plan-item-fixture';
import { RecordConsentForm } from '../components/record-consent-form';

const family: FamilyConsentQuery['family'] = {
  id: 'family-1',
  name: 'Gezin Meijer',
  involvements: [involvement({ id: 'inv-sanne', professionalName: 'Sanne Jansen', organisationName: 'Wijkteam' })],
  consentRequirements: [{ memberId: 'esther', rule: 'ADULT', requiredConsenterIds: ['esther'] }],
  consents: [],
  myRelation: { type: 'PROFESSIONAL', isRegisseur: true },
  members: [member('esther', 'Esther', 'de Graaf', { role: 'PARENT' })],
};

const subject = () => screen.getByRole('combobox', { name: /Over wie gaat de informatie/ });

describe('recording a consent', () => {
  it('marks everything a consent for sharing needs, focuses the first, and takes each message away once it is fixed', async () => {
    await renderWithProviders(<RecordConsentForm family={family} />);
    fireEvent.click(screen.getByRole('button', { name: 'Toestemming vastleggen' }));

    await screen.findByText('Kies over wie de informatie gaat.');
    expect(screen.getByText('Kies met wie de informatie gedeeld mag worden.')).toBeVisible();
    expect(screen.getByText('Kies welke soort informatie gedeeld mag worden.')).toBeVisible();
    expect(screen.getByText('Kies wie toestemming gaf.')).toBeVisible();
    await waitFor(() => expect(subject()).toHaveFocus());

    fireEvent.change(subject(), { target: { value: 'esther' } });
    await waitFor(() => expect(screen.queryByText('Kies over wie de informatie gaat.')).not.toBeInTheDocument());
    fireEvent.click(screen.getByRole('checkbox', { name: /Sanne Jansen/ }));
    await waitFor(() => expect(screen.queryByText('Kies met wie de informatie gedeeld mag worden.')).not.toBeInTheDocument());
    expect(screen.getByText('Kies wie toestemming gaf.')).toBeVisible();
  });

  it('asks for neither recipients nor categories when the family is informed', async () => {
    await renderWithProviders(<RecordConsentForm family={family} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Het gezin informeren' }));
    fireEvent.click(screen.getByRole('button', { name: 'Toestemming vastleggen' }));
    await screen.findByText('Kies wie toestemming gaf.');
    expect(screen.queryByText('Kies met wie de informatie gedeeld mag worden.')).not.toBeInTheDocument();
    expect(screen.queryByText('Kies welke soort informatie gedeeld mag worden.')).not.toBeInTheDocument();
  });

  it('puts an end date the API refuses on the date field, with the focus on it', async () => {
    const input = {
      familyId: 'family-1',
      subjectMemberId: 'esther',
      purpose: 'INFORM_FAMILY',
      givenByMemberIds: ['esther'],
      recipientInvolvementIds: [],
      categories: [],
      validUntil: '2020-01-01',
    };
    const mocks: MockLink.MockedResponse[] = [
      {
        request: { query: RecordConsentDocument, variables: { input } },
        result: { errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.validUntil', message: 'in the past' }] } }] },
      },
    ];
    await renderWithProviders(<RecordConsentForm family={family} />, { mocks });
    fireEvent.change(subject(), { target: { value: 'esther' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Het gezin informeren' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Esther de Graaf' }));
    fireEvent.change(screen.getByLabelText(/Geldig tot en met/), { target: { value: '2020-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Toestemming vastleggen' }));
    await screen.findByText('Vul een datum in die niet vóór vandaag ligt.');
    await waitFor(() => expect(screen.getByLabelText(/Geldig tot en met/)).toHaveFocus());
  });

  it('says, for a child over whom nobody in the plan holds authority, that no consent can be given and what to do', async () => {
    await renderWithProviders(
      <RecordConsentForm
        family={{
          ...family,
          consentRequirements: [...family.consentRequirements, { memberId: 'sem', rule: 'FROM_12_TO_15', requiredConsenterIds: [] }],
          members: [...family.members, member('sem', 'Sem', 'de Graaf', { role: 'OTHER_HOUSEHOLD_MEMBER' })],
        }}
      />,
    );
    expect(screen.queryByText(/Niemand in dit plan heeft gezag/)).toBeNull();
    fireEvent.change(subject(), { target: { value: 'sem' } });
    expect(
      await screen.findByText(/Niemand in dit plan heeft gezag over Sem de Graaf: leg vast wie het gezag heeft, of gebruik een wettelijke grondslag\./),
    ).toBeVisible();
  });
});
