import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { AddItemPanel } from '../../plan-items/components/add-item-panel';
import { agreementState, needsAttention, orderAgreements } from '../../../shared/components/agreement-state';
import { FOLD_FIRST, ShowMore, useFold } from '../../../shared/components/folded-list';
import { AgreementCard } from './agreement-card';
import { AgreementStubCard } from './agreement-stub-card';
import { EmptyPart } from './empty-part';
import { ItemList } from './item-list';
import { PlanSection } from './plan-section';
import { usePlanView } from './plan-view-context';

interface AgreementsSectionProps {
  agreements: readonly PlanItemFieldsFragment[];
}

/**
 * Every agreement's who and by when, with a count of those that need attention;
 * what it says where this professional may read it, otherwise its stub.
 */
export function AgreementsSection({ agreements }: AgreementsSectionProps) {
  const { t } = useTranslation('familyPlan');
  const { editor, today, linkedItemId } = usePlanView();
  const ordered = orderAgreements(agreements, today);
  const attention = ordered.filter((agreement) => needsAttention(agreementState(agreement, today))).length;
  // What is still to do stays on screen however long the list; only finished ones fold.
  const toDo = ordered.filter((agreement) => agreementState(agreement, today) !== 'done').length;
  const fold = useFold(ordered, { first: Math.max(FOLD_FIRST, toDo), linked: (agreement) => agreement.id === linkedItemId });
  return (
    <PlanSection id="afspraken" title={t('sections.agreements')}>
      {agreements.length === 0 && <EmptyPart>{t(editor ? 'empty.agreementsEditor' : 'empty.agreements')}</EmptyPart>}
      {attention > 0 && <Paragraph className="plan-attention-summary">{t('agreements.attention', { count: attention })}</Paragraph>}
      {ordered.length > 0 && (
        <ItemList listRef={fold.listRef}>
          {fold.shown.map((agreement) =>
            agreement.access === 'FULL' ? (
              <AgreementCard key={agreement.id} agreement={agreement} />
            ) : (
              <AgreementStubCard key={agreement.id} agreement={agreement} />
            ),
          )}
        </ItemList>
      )}
      <ShowMore
        fold={fold}
        summary={t('agreements.folded', { shown: fold.total - fold.folded, total: fold.total })}
        label={t('agreements.showFinished', { count: fold.next })}
      />
      <AddItemPanel kind="AGREEMENT" editor={editor} />
    </PlanSection>
  );
}
