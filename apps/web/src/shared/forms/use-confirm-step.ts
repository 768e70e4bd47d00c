import { useState } from 'react';
import { DefaultValues } from 'react-hook-form';
import { z } from 'zod';
import { KitForm, KitSchema } from './use-kit-form';

/**
 * A form whose first step only checks: the checked values are shown on a
 * second step, where the person confirms and the save happens. Until then
 * what was typed stays unsaved, so the page still asks before it is left.
 * Spread `checkStep` on the first step's `KitForm`.
 */
export function useConfirmStep<S extends KitSchema>(kit: KitForm<S>, empty: DefaultValues<z.input<S>>) {
  const [checked, setChecked] = useState<z.output<S> | null>(null);
  return {
    /** The values to confirm; null on the first step. */
    checked,
    checkStep: {
      onSubmit: (values: z.output<S>) => Promise.resolve(values),
      onSaved: (values: z.output<S>) => {
        kit.form.reset(empty, { keepValues: true });
        setChecked(values);
      },
    },
    back: () => setChecked(null),
    /** The save refused what was typed: back to the first step, with the fields the API names marked. */
    rejected: (error: unknown) => {
      setChecked(null);
      kit.showFailure(error);
    },
  };
}
