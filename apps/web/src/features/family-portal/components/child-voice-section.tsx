import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { PortalSection } from '../../portal-shared/components/portal-section';
import { namesOf, PortalPlanItem } from '../../portal-shared/utils/plan-items';
import { useOurPlan } from './our-plan-context';
import { PlanItemText } from './plan-item-text';

/** What the children say they want and how they experience things, in their own words. */
export function ChildVoiceSection({ voices }: { voices: readonly PortalPlanItem[] }) {
  const { t } = useTranslation('familyPortal');
  const { members, regisseurName } = useOurPlan();
  return (
    <PortalSection id="kinderen" title={t('childVoice.title')} intro={t('childVoice.intro')}>
      {voices.length === 0 ? (
        <Paragraph>{t('childVoice.empty', { regisseur: regisseurName ?? t('yourRegisseur') })}</Paragraph>
      ) : (
        <ul className="bare-list portal-list">
          {voices.map((voice) => {
            const [child] = namesOf(voice.aboutMemberIds, members);
            return (
              <PlanItemText
                key={voice.id}
                item={voice}
                label={child ? t('childVoice.says', { name: child }) : undefined}
              />
            );
          })}
        </ul>
      )}
    </PortalSection>
  );
}
