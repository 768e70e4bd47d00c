import { Fieldset, FormFieldTextInput } from '@rijkshuisstijl-community/components-react';
import { PropsWithChildren, RefObject, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldErrors } from '../../../shared/components/form-problem';
import { inputValue } from '../../../shared/components/input-value';
import { NETWORK_FIELDS, NetworkDetails, NetworkField } from '../utils/network-details';

interface NetworkFieldsProps {
  /** Unique on the page: the fields' names start with it. */
  name: string;
  legend: string;
  person: NetworkDetails;
  errors: FieldErrors<NetworkField>;
  /** Moves the focus to the first field with a problem whenever a new set of problems arrives. */
  focusFirstProblem?: boolean;
  /** Puts the focus in the first field once it appears: for a person just added to a list. */
  focusOnMount?: boolean;
  onChange: (change: Partial<NetworkDetails>) => void;
}

/** Someone from the family's network, with how the family knows them and how to reach them. The children: actions. */
export function NetworkFields({
  name,
  legend,
  person,
  errors,
  focusFirstProblem = false,
  focusOnMount = false,
  onChange,
  children,
}: PropsWithChildren<NetworkFieldsProps>) {
  const { t } = useTranslation('familySetup');
  const refs: Record<NetworkField, RefObject<HTMLInputElement | null>> = {
    name: useRef<HTMLInputElement>(null),
    relation: useRef<HTMLInputElement>(null),
    phone: useRef<HTMLInputElement>(null),
    email: useRef<HTMLInputElement>(null),
  };

  useEffect(() => {
    if (focusOnMount) refs.name.current?.focus();
    // Once, when the person appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // After the render, so that the field already carries its message when it is announced.
  useEffect(() => {
    if (!focusFirstProblem) return;
    const first = NETWORK_FIELDS.find((field) => errors[field]);
    if (first) refs[first].current?.focus();
    // The refs are stable; only a new set of problems moves the focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [errors, focusFirstProblem]);

  const types: Record<NetworkField, string> = { name: 'text', relation: 'text', phone: 'tel', email: 'email' };
  return (
    <Fieldset legend={legend} className="page-form__group page-form__person">
      {NETWORK_FIELDS.map((field) => (
        <FormFieldTextInput
          key={field}
          name={`${name}-${field}`}
          type={types[field]}
          label={t(`network.${field}.label`)}
          description={field === 'relation' ? t('network.relation.description') : undefined}
          autoComplete="off"
          value={person[field]}
          invalid={Boolean(errors[field])}
          errorMessage={errors[field] && t(`network.${field}.errors.${errors[field]}`)}
          inputRef={refs[field]}
          onChange={(event) => onChange({ [field]: inputValue(event) })}
        />
      ))}
      {children}
    </Fieldset>
  );
}
