import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { AddItemPanel } from '../../plan-items/components/add-item-panel';
import { agreementState, needsAttention, orderAgreements } from '../../../shared/components/agreement-state';
import { AgreementCard } from './agreement-card';
import { EmptyPart } from './empty-part';
import { ItemList } from './item-list';
import { PlanSection } from './plan-section';
import { usePlanView } from './plan-view-context';
import { RedactionNotices } from './redaction-notices';

interface AgreementsSectionProps {
  agreements: readonly PlanItemFieldsFragment[];
}

/** Every agreement's who, what and by when, with a count of those that need attention. */
export function AgreementsSection({ agreements }: AgreementsSectionProps) {
  const { t } = useTranslation('familyPlan');
  const { editor, today } = usePlanView();
  const readable = orderAgreements(
    agreements.filter((agreement) => agreement.access === 'FULL'),
    today,
  );
  const attention = readable.filter((agreement) => needsAttention(agreementState(agreement, today))).length;
  return (
    <PlanSection id="afspraken" title={t('sections.agreements')}>
      {agreements.length === 0 && <EmptyPart>{t(editor ? 'empty.agreementsEditor' : 'empty.agreements')}</EmptyPart>}
      {attention > 0 && <Paragraph className="plan-attention-summary">{t('agreements.attention', { count: attention })}</Paragraph>}
      {readable.length > 0 && (
        <ItemList>
          {readable.map((agreement) => (
            <AgreementCard key={agreement.id} agreement={agreement} />
          ))}
        </ItemList>
      )}
      <RedactionNotices items={agreements} />
      <AddItemPanel kind="AGREEMENT" editor={editor} />
    </PlanSection>
  );
}
