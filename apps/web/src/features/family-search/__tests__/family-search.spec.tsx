import { fireEvent, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { SearchMyFamiliesDocument } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { FamilySearch } from '../components/family-search';

describe('searching my families', () => {
  it('asks for two characters, then lists the families found with the members that matched', async () => {
    await renderWithProviders(
      <MemoryRouter>
        <FamilySearch />
      </MemoryRouter>,
      {
        mocks: [
          {
            request: { query: SearchMyFamiliesDocument, variables: { input: { text: '21-06-2014' } } },
            result: {
              data: {
                searchMyFamilies: [
                  {
                    __typename: 'FamilySearchResult',
                    familyId: 'family-wolters',
                    name: 'Gezin Wolters',
                    nameMatched: false,
                    matchingMembers: [
                      { __typename: 'FamilySearchMember', id: 'member-sem', givenName: 'Sem', familyName: 'Wolters', dateOfBirth: '2014-06-21' },
                    ],
                  },
                ],
              },
            },
          },
        ],
      },
    );
    const field = screen.getByLabelText('Naam of geboortedatum');
    fireEvent.change(field, { target: { value: 'W' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(await screen.findByText('Typ minstens 2 tekens.')).toBeVisible();

    fireEvent.change(field, { target: { value: '21-06-2014' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(await screen.findByText('1 gezin gevonden voor ‘21-06-2014’.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Gezin Wolters' })).toHaveAttribute('href', '/gezinnen/family-wolters');
    expect(screen.getByText('Sem Wolters, geboren 21 juni 2014')).toBeVisible();
  });
});
