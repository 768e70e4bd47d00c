import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { generatePath } from 'react-router-dom';
import { FormattedMoment } from '../../../shared/components/formatted-date';
import { RouterLink } from '../../../shared/components/router-link';
import { PATHS } from '../../../shared/paths';
import { useAdoptedVersions } from '../hooks/use-adopted-versions';
import { AdoptPlanForm } from './adopt-plan-form';
import { EmptyPart } from './empty-part';
import { PlanSection } from './plan-section';

interface AdoptedVersionsSectionProps {
  familyId: string;
  isRegisseur: boolean;
}

/** The adopted versions of the plan, newest first, each readable as it was; the regisseur adopts the next. */
export function AdoptedVersionsSection({ familyId, isRegisseur }: AdoptedVersionsSectionProps) {
  const { t } = useTranslation('familyPlan');
  const { versions, loading, error } = useAdoptedVersions(familyId);
  const newestFirst = [...(versions ?? [])].sort((a, b) => b.number - a.number);
  const nextNumber = (newestFirst[0]?.number ?? 0) + 1;
  return (
    <PlanSection id="versies" title={t('sections.versions')}>
      {loading && <Paragraph role="status">{t('versions.loading')}</Paragraph>}
      {error && !versions && <Paragraph>{t('versions.unavailable')}</Paragraph>}
      {versions && newestFirst.length === 0 && (
        <EmptyPart>{t(isRegisseur ? 'empty.versionsRegisseur' : 'empty.versions')}</EmptyPart>
      )}
      {newestFirst.length > 0 && (
        <ul className="bare-list plan-versions">
          {newestFirst.map((version) => (
            <li key={version.id}>
              <RouterLink to={generatePath(PATHS.familyPlanVersion, { familyId, number: String(version.number) })}>
                {t('versions.linkLabel', { number: version.number })}
              </RouterLink>
              {', '}
              {t('versions.adoptedBy', { name: version.adoptedByName })} <FormattedMoment at={version.adoptedAt} />
              {version.note && <p className="plan-text">{version.note}</p>}
            </li>
          ))}
        </ul>
      )}
      {isRegisseur && versions && <AdoptPlanForm familyId={familyId} nextNumber={nextNumber} />}
    </PlanSection>
  );
}
