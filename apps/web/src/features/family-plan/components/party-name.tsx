import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';

type Party = NonNullable<PlanItemFieldsFragment['assignee']>;

interface PartyNameProps {
  party: Party;
}

/** "Marieke de Vries (Basisschool De Regenboog)", "Tante Anja (netwerk)", "Esther de Graaf (gezin)". */
export function PartyName({ party }: PartyNameProps) {
  const { t } = useTranslation('familyPlan');
  const { t: tv } = useTranslation('vocabulary');
  const where = party.organisationName ?? tv(`partyTypes.${party.type}`);
  return <>{t('party', { name: party.name, where })}</>;
}
