import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { FormattedDay } from '../../../shared/components/formatted-date';
import { agreementState, needsAttention } from '../../../shared/components/agreement-state';
import { useAbout } from '../hooks/use-about';
import { AgreementStatus } from './agreement-status';
import { ItemFacts } from '../../../shared/components/item-facts';
import { PartyName } from './party-name';
import { usePlanView } from './plan-view-context';
import { RedactionContact } from './redaction-contact';

interface AgreementStubCardProps {
  agreement: PlanItemFieldsFragment;
}

/**
 * An agreement whose content this professional may not read: that it exists,
 * who carries it, its category, whom it is about, by when (the
 * who-does-what-by-when overview), and whom to ask. Never what it says; where
 * it stands only for the regisseur (the API leaves the status out for others,
 * and a date alone cannot tell overdue from done).
 */
export function AgreementStubCard({ agreement }: AgreementStubCardProps) {
  const { t } = useTranslation('familyPlan');
  const { t: tv } = useTranslation('vocabulary');
  const { today } = usePlanView();
  const about = useAbout();
  const state = agreement.status ? agreementState(agreement, today) : null;
  const redaction = agreement.redaction;
  return (
    <li
      id={`item-${agreement.id}`}
      tabIndex={-1}
      className={`divided-entry plan-item plan-item--stub${state && needsAttention(state) ? ' plan-item--attention' : ''}`}
    >
      <p className="plan-item__stub-line">
        {t('agreementStub.line', { contact: redaction?.contactName ?? t('redaction.theRegisseur') })}
      </p>
      <ItemFacts
        facts={[
          agreement.assignee && { label: t('facts.who'), value: <PartyName party={agreement.assignee} /> },
          agreement.dueOn && { label: t('facts.dueOn'), value: <FormattedDay day={agreement.dueOn} /> },
          state && { label: t('facts.status'), value: <AgreementStatus state={state} /> },
          { label: t('facts.category'), value: tv(`categories.${agreement.category}`) },
          { label: t('facts.about'), value: about(agreement.aboutMemberIds) },
        ]}
      />
      {redaction && <RedactionContact phone={redaction.contactPhone ?? null} email={redaction.contactEmail ?? null} />}
    </li>
  );
}
