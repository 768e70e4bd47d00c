import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { FormattedMoment } from '../../../shared/components/formatted-date';
import { usePlanView } from './plan-view-context';

interface FamilyResponsesProps {
  item: PlanItemFieldsFragment;
}

/**
 * The family's comments and own views on an item. An own view is their
 * disagreement, recorded next to the professional's text as is their right.
 */
export function FamilyResponses({ item }: FamilyResponsesProps) {
  const { t } = useTranslation('familyPlan');
  const { responsesByTarget } = usePlanView();
  const responses = responsesByTarget.get(item.id) ?? [];
  if (responses.length === 0) return null;
  return (
    <ul className="bare-list family-responses" aria-label={t('responses.label')}>
      {responses.map((response) => (
        <li key={response.id} id={`item-${response.id}`} className={`family-response family-response--${response.kind}`}>
          <p className="family-response__heading">
            <strong>{t(`responses.${response.kind === 'OWN_VIEW' ? 'ownView' : 'comment'}`, { name: response.author.name })}</strong>
            {', '}
            <FormattedMoment at={response.createdAt} />
          </p>
          <p className="plan-text">{response.text}</p>
        </li>
      ))}
    </ul>
  );
}
