import { SelectOption } from '@rijkshuisstijl-community/components-react';
import { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldBinding, SelectField } from '../../../../shared/forms';
import { partyKey } from '../../utils/party-key';
import { PlanEditor } from '../../utils/plan-editor';

interface AssigneeFieldProps<T extends FieldValues, O extends FieldValues> extends FieldBinding<T, O> {
  editor: PlanEditor;
  label?: string;
}

/** Who does it: an involved professional, a family member or someone from the network. */
export function AssigneeField<T extends FieldValues, O extends FieldValues>({ control, name, editor, label }: AssigneeFieldProps<T, O>) {
  const { t } = useTranslation('planItems');
  const active = editor.involvements.filter((involvement) => !involvement.endedAt);
  return (
    <SelectField
      control={control}
      name={name}
      label={label ?? t('fields.assignee.label')}
      placeholder={t('fields.assignee.choose')}
      // The API refuses someone who may not read the item: a reason of its own, not "choose someone".
      errorMessage={{ choose: t('fields.assignee.error'), invalid: t('fields.assignee.cannotCarry') }}
    >
      <optgroup label={t('fields.assignee.professionals')}>
        {active.map((involvement) => (
          <SelectOption key={involvement.id} value={partyKey('INVOLVEMENT', involvement.id)}>
            {t('fields.assignee.professional', {
              name: involvement.professionalName,
              organisation: involvement.organisationName,
            })}
          </SelectOption>
        ))}
      </optgroup>
      <optgroup label={t('fields.assignee.family')}>
        {editor.members.map((member) => (
          <SelectOption key={member.id} value={partyKey('FAMILY_MEMBER', member.id)}>
            {`${member.givenName} ${member.familyName}`}
          </SelectOption>
        ))}
      </optgroup>
      {editor.network.length > 0 && (
        <optgroup label={t('fields.assignee.network')}>
          {editor.network.map((person) => (
            <SelectOption key={person.id} value={partyKey('NETWORK_MEMBER', person.id)}>
              {t('fields.assignee.networkMember', { name: person.name, relation: person.relation })}
            </SelectOption>
          ))}
        </optgroup>
      )}
    </SelectField>
  );
}
