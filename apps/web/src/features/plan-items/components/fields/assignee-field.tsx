import { FormFieldSelect, SelectOption } from '@rijkshuisstijl-community/components-react';
import { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { partyKey } from '../../utils/new-item-draft';
import { PlanEditor } from '../../utils/plan-editor';
import { inputValue } from '../../../../shared/components/input-value';

interface AssigneeFieldProps {
  editor: PlanEditor;
  value: string;
  onChange: (key: string) => void;
  invalid: boolean;
  selectRef?: Ref<HTMLSelectElement>;
}

/** Who does it: an involved professional, a family member or someone from the network. */
export function AssigneeField({ editor, value, onChange, invalid, selectRef }: AssigneeFieldProps) {
  const { t } = useTranslation('planItems');
  const active = editor.involvements.filter((involvement) => !involvement.endedAt);
  return (
    <FormFieldSelect
      name="assignee"
      label={t('fields.assignee.label')}
      value={value}
      invalid={invalid}
      errorMessage={t('fields.assignee.error')}
      selectRef={selectRef}
      onChange={(event) => onChange(inputValue(event))}
    >
      <SelectOption value="">{t('fields.assignee.choose')}</SelectOption>
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
    </FormFieldSelect>
  );
}
