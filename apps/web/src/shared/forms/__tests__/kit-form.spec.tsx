import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { z } from 'zod';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { CheckboxGroupField, FormActions, KitForm, OwnWordsProblem, requiredDay, requiredText, someOf, TextareaField, TextField, useKitForm } from '..';

const schema = z.object({
  text: requiredText(20),
  dueOn: requiredDay(),
  about: someOf(),
});

interface Props {
  save: (values: z.output<typeof schema>) => Promise<void>;
  onSaved?: () => void;
  problemMessage?: (problem: OwnWordsProblem) => string;
  onFailure?: (error: unknown) => boolean;
}

function TestForm({ save, onSaved, problemMessage, onFailure }: Props) {
  const kit = useKitForm({ schema, defaultValues: { text: '', dueOn: '', about: [] } });
  const { control, formState } = kit.form;
  return (
    <KitForm kit={kit} onSubmit={save} onSaved={onSaved} problemMessage={problemMessage} onFailure={onFailure}>
      <TextareaField control={control} name="text" label="Tekst" />
      <TextField control={control} name="dueOn" type="date" label="Datum" errorMessage="Kies een datum." />
      <CheckboxGroupField
        control={control}
        name="about"
        legend="Over wie"
        options={[
          { value: 'a', label: 'Anna' },
          { value: 'b', label: 'Bram' },
        ]}
      />
      <FormActions submitLabel="Opslaan" busy={formState.isSubmitting} />
    </KitForm>
  );
}

const serverBusy = () =>
  new CombinedGraphQLErrors({
    data: null,
    errors: [{ message: 'waited 5 seconds for a database connection', extensions: { code: 'SERVER_BUSY' } }],
  });

async function fillInAndSave() {
  fireEvent.change(screen.getByRole('textbox', { name: 'Tekst' }), { target: { value: 'Naar school' } });
  fireEvent.change(screen.getByLabelText('Datum'), { target: { value: '2026-12-24' } });
  fireEvent.click(screen.getByRole('checkbox', { name: 'Anna' }));
  fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
}

const badInput = (field: string) =>
  new CombinedGraphQLErrors({
    data: null,
    errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', fields: [{ field, message: 'is wrong' }] } }],
  });

describe('the form kit', () => {
  it('marks every field the schema refuses, focuses the first, and sends nothing', async () => {
    const save = jest.fn<Promise<void>, [z.output<typeof schema>]>().mockResolvedValue(undefined);
    await renderWithProviders(<TestForm save={save} />);
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Tekst' })).toHaveFocus());
    expect(screen.getByRole('textbox', { name: 'Tekst' })).toHaveAccessibleDescription(expect.stringContaining('Vul dit in.'));
    expect(screen.getByText('Kies een datum.')).toBeVisible();
    expect(screen.getByText('Maak een keuze.')).toBeVisible();
    expect(save).not.toHaveBeenCalled();
  });

  it('focuses the first marked field when each update is rendered on its own, as a browser does during the submit', async () => {
    // A browser finishes the checks while the submit event is still current, so React renders every
    // update as it comes instead of together: the focus must wait for the marks, not for the request.
    const current = jest.spyOn(window, 'event', 'get').mockReturnValue(new Event('submit'));
    try {
      await renderWithProviders(<TestForm save={jest.fn()} />);
      fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
      await screen.findByText('Vul dit in.');
      await waitFor(() => expect(screen.getByRole('textbox', { name: 'Tekst' })).toHaveFocus());
    } finally {
      current.mockRestore();
    }
  });

  it('takes a message away as soon as its field is fixed, and leaves the others', async () => {
    await renderWithProviders(<TestForm save={jest.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByText('Vul dit in.');
    fireEvent.change(screen.getByRole('textbox', { name: 'Tekst' }), { target: { value: 'Naar school' } });
    await waitFor(() => expect(screen.queryByText('Vul dit in.')).not.toBeInTheDocument());
    expect(screen.getByRole('textbox', { name: 'Tekst' })).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Kies een datum.')).toBeVisible();
  });

  it('hands the checked, trimmed values to the save', async () => {
    const save = jest.fn<Promise<void>, [z.output<typeof schema>]>().mockResolvedValue(undefined);
    const onSaved = jest.fn();
    await renderWithProviders(<TestForm save={save} onSaved={onSaved} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Tekst' }), { target: { value: '  Naar school  ' } });
    fireEvent.change(screen.getByLabelText('Datum'), { target: { value: '2026-12-24' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Bram' }));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(save).toHaveBeenCalledWith({ text: 'Naar school', dueOn: '2026-12-24', about: ['b'] });
  });

  it('puts a field the API refuses on that field, focuses it, and takes it away once it is changed', async () => {
    const save = jest.fn<Promise<void>, [z.output<typeof schema>]>().mockRejectedValue(badInput('input.dueOn'));
    await renderWithProviders(<TestForm save={save} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Tekst' }), { target: { value: 'Naar school' } });
    fireEvent.change(screen.getByLabelText('Datum'), { target: { value: '2026-12-24' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Anna' }));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.getByLabelText('Datum')).toHaveFocus());
    expect(screen.getByText('Kies een datum.')).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Datum'), { target: { value: '2026-12-31' } });
    await waitFor(() => expect(screen.queryByText('Kies een datum.')).not.toBeInTheDocument());
  });

  it('says above the form when the save failed as a whole, and keeps what was typed', async () => {
    const save = jest.fn<Promise<void>, [z.output<typeof schema>]>().mockRejectedValue(new Error('network down'));
    await renderWithProviders(<TestForm save={save} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Tekst' }), { target: { value: 'Naar school' } });
    fireEvent.change(screen.getByLabelText('Datum'), { target: { value: '2026-12-24' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Anna' }));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Opslaan lukt nu niet door een storing.');
    expect(screen.getByRole('textbox', { name: 'Tekst' })).toHaveValue('Naar school');
  });

  it('counts a field the API names that the form does not show as a failure of the whole save', async () => {
    const save = jest.fn<Promise<void>, [z.output<typeof schema>]>().mockRejectedValue(badInput('input.familyId'));
    await renderWithProviders(<TestForm save={save} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Tekst' }), { target: { value: 'Naar school' } });
    fireEvent.change(screen.getByLabelText('Datum'), { target: { value: '2026-12-24' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Anna' }));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByRole('alert')).toBeVisible();
  });

  it('says a busy server (SERVER_BUSY) as such, nothing saved and try again in a minute, in the same words for every form', async () => {
    const save = jest.fn<Promise<void>, [z.output<typeof schema>]>().mockRejectedValue(serverBusy());
    await renderWithProviders(<TestForm save={save} problemMessage={() => 'Eigen woorden van het formulier.'} />);
    await fillInAndSave();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Het is nu erg druk in Gezinsplan. Daarom is er niets opgeslagen. Wat je hebt ingevuld, staat er nog. Probeer het over een minuut opnieuw.',
    );
    expect(alert).not.toHaveTextContent('Eigen woorden');
    expect(screen.getByRole('textbox', { name: 'Tekst' })).toHaveValue('Naar school');
  });

  it('says a busy server in English too', async () => {
    await renderWithProviders(<TestForm save={() => Promise.reject(serverBusy())} />, { language: 'en' });
    await fillInAndSave();
    expect(await screen.findByRole('alert')).toHaveTextContent('Gezinsplan is very busy right now, so nothing was saved.');
    expect(screen.getByRole('alert')).toHaveTextContent('Try again in a minute.');
  });

  it('says a busy server itself, also for a form that answers its failures in its own way', async () => {
    const ownAnswer = jest.fn<boolean, [unknown]>().mockReturnValue(true);
    await renderWithProviders(<TestForm save={() => Promise.reject(serverBusy())} onFailure={ownAnswer} />);
    await fillInAndSave();
    expect(await screen.findByRole('alert')).toHaveTextContent('Het is nu erg druk in Gezinsplan. Daarom is er niets opgeslagen.');
    expect(ownAnswer).not.toHaveBeenCalled();
  });
});
