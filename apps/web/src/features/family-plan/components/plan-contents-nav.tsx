import { Link } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';

/** The parts of the page, in page order, by the ids of their sections. */
const PARTS = [
  ['betrokkenen', 'involved'],
  ['gezin', 'family'],
  ['situatie', 'situation'],
  ['doelen', 'goals'],
  ['afspraken', 'agreements'],
  ['stem-van-het-kind', 'childVoice'],
  ['veiligheidsplan', 'safety'],
  ['logboek', 'logbook'],
  ['evaluaties', 'evaluations'],
  ['versies', 'versions'],
] as const;

/** A long plan needs a way in: links to each part. */
export function PlanContentsNav() {
  const { t } = useTranslation('familyPlan');
  return (
    <nav aria-label={t('contents')} className="plan-contents">
      <ul className="link-row">
        {PARTS.map(([id, part]) => (
          <li key={id}>
            <Link href={`#${id}`}>{t(`sections.${part}`)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
