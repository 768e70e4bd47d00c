import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';
import { namesOf } from '../../../shared/components/member-names';
import { usePlanView } from '../components/plan-view-context';

/** "Lisanne Meijer", or "het hele gezin" for an item about nobody in particular. */
export function useAbout(): (memberIds: readonly string[]) => string {
  const { t } = useTranslation('familyPlan');
  const { language } = useLanguage();
  const { members } = usePlanView();
  return (memberIds) => (memberIds.length > 0 ? namesOf(memberIds, members, language) : t('about.wholeFamily'));
}
