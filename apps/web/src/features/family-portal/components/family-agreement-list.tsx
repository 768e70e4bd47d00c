import { dutchToday } from '@gezinsplan/domain';
import { useTranslation } from 'react-i18next';
import { agreementState } from '../../../shared/components/agreement-state';
import { FOLD_FIRST, ShowMore, useFold } from '../../../shared/components/folded-list';
import { AgreementItem } from '../../portal-shared/components/agreement-item';
import { PortalPlanItem } from '../../portal-shared/utils/plan-items';
import { MarkDoneButton } from './mark-done-button';
import { useMemberNames, useOurPlan } from './our-plan-context';

/**
 * Agreements as the family reads them, in the order given with the finished ones last, finished ones beyond the first folded;
 * whoever carries one marks it done while the plan is open.
 */
export function FamilyAgreementList({ agreements, memberId }: { agreements: readonly PortalPlanItem[]; memberId: string }) {
  const { closed, members } = useOurPlan();
  const about = useMemberNames(members);
  const { t } = useTranslation('familyPortal');
  const today = dutchToday();
  // What is still to do stays on screen however long the list; only finished ones fold. A list not
  // ordered by urgency (the safety plan's) keeps its order, but with the finished ones after the rest.
  const finished = (agreement: PortalPlanItem) => ['done', 'notKept'].includes(agreementState(agreement, today));
  const toDo = agreements.filter((agreement) => !finished(agreement));
  const fold = useFold([...toDo, ...agreements.filter(finished)], { first: Math.max(FOLD_FIRST, toDo.length) });
  return (
    <>
      <ul ref={fold.listRef} className="bare-list portal-list">
        {fold.shown.map((agreement) => (
          <AgreementItem
            key={agreement.id}
            agreement={agreement}
            myPartyId={memberId}
            historyAbout={about}
            action={
              agreement.assignee?.id === memberId && !closed
                ? (describedBy) => <MarkDoneButton agreement={agreement} describedBy={describedBy} />
                : undefined
            }
          />
        ))}
      </ul>
      <ShowMore
        fold={fold}
        summary={t('agreements.folded', { shown: fold.total - fold.folded, total: fold.total })}
        label={t('agreements.showFinished', { count: fold.next })}
      />
    </>
  );
}
