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
  // A stub without its status (a partner's): whether it is open, overdue or done is not theirs to know.
  const stateOf = (agreement: PlanItemFieldsFragment) =>
    agreement.access === 'FULL' || agreement.status ? agreementState(agreement, today) : null;
  const byAttention = orderAgreements(agreements, today);
  const toDo = byAttention.filter((agreement) => stateOf(agreement) !== null && stateOf(agreement) !== 'done');
  const unknown = byAttention.filter((agreement) => stateOf(agreement) === null);
  // What is still to do first and always on screen; then the stubs, then what is done: only those two fold.
  const ordered = [...toDo, ...unknown, ...byAttention.filter((agreement) => stateOf(agreement) === 'done')];
  const attention = toDo.filter((agreement) => needsAttention(stateOf(agreement) ?? 'open')).length;
  const fold = useFold(ordered, { first: Math.max(FOLD_FIRST, toDo.length), linked: (agreement) => agreement.id === linkedItemId });
  const foldsStubs = fold.folded > 0 && unknown.length > 0 && fold.shown.length < toDo.length + unknown.length;
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
        summary={t(foldsStubs ? 'agreements.foldedWithStubs' : 'agreements.folded', { shown: fold.total - fold.folded, total: fold.total })}
        label={t(foldsStubs ? 'agreements.showOthers' : 'agreements.showFinished', { count: fold.next })}
      />
      <AddItemPanel kind="AGREEMENT" editor={editor} />
    </PlanSection>
  );
}
