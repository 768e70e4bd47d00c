import { Alert, Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { generatePath } from 'react-router-dom';
import { PageLoading } from '../../../shared/components/page-loading';
import { RouterLink } from '../../../shared/components/router-link';
import { PATHS } from '../../../shared/paths';
import { useMyFamilies } from '../hooks/use-my-families';

interface PortalFamilyLinksProps {
  /** A family member opens the family's plan; a network member their part of the safety plan. */
  portal: 'family' | 'network';
}

/** For family and network accounts: a link to each family whose plan they can open. */
export function PortalFamilyLinks({ portal }: PortalFamilyLinksProps) {
  const { t } = useTranslation('home');
  const { families, loading, refetch } = useMyFamilies();
  if (loading) return <PageLoading />;
  if (!families) {
    return (
      <Alert type="error" role="alert">
        <Paragraph>{t('families.unavailable')}</Paragraph>
        <Button appearance="secondary-action-button" onClick={() => void refetch().catch(() => undefined)}>
          {t('families.retry')}
        </Button>
      </Alert>
    );
  }
  if (families.length === 0) return <Paragraph>{t(`families.empty.${portal}`)}</Paragraph>;
  const path = portal === 'family' ? PATHS.familyPortal : PATHS.networkPortal;
  return (
    <section aria-labelledby="home-families" className="home-families">
      <Heading level={2} id="home-families">
        {t(`families.title.${portal}`)}
      </Heading>
      <ul>
        {families.map((family) => (
          <li key={family.id}>
            <RouterLink to={generatePath(path, { familyId: family.id })}>
              {t(`families.link.${portal}`, { family: family.name })}
            </RouterLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
