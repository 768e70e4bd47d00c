import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { PortalFamilyPlanQuery } from '../../../graphql/generated/graphql';
import { formatDate } from '../../../i18n/format-date';
import { useLanguage } from '../../../i18n/use-language';
import { PortalSection } from '../../portal-shared/components/portal-section';
import { FamilyInvolvement, InvolvementCard } from './involvement-card';

type RegisseurTerm = PortalFamilyPlanQuery['family']['regisseurHistory'][number];

interface WhoHelpsUsProps {
  involvements: readonly FamilyInvolvement[];
  regisseurHistory: readonly RegisseurTerm[];
}

/** Since when the current regisseur is the point of contact, and who was before: a handover stays visible. */
function RegisseurSince({ history }: { history: readonly RegisseurTerm[] }) {
  const { t } = useTranslation('familyPortal');
  const { language } = useLanguage();
  const current = history.find((term) => !term.endedAt);
  if (!current) return null;
  const previous = history.filter((term) => term !== current && term.endedAt).at(-1);
  return (
    <Paragraph>
      {t('whoHelps.regisseurSince', {
        name: current.professionalName,
        date: formatDate(new Date(current.startedAt), language),
      })}
      {previous && ` ${t('whoHelps.regisseurBefore', { name: previous.professionalName })}`}
    </Paragraph>
  );
}

/** Everyone who works with the family, with the regisseur first: knowing who is involved is the core of the plan. */
export function WhoHelpsUs({ involvements, regisseurHistory }: WhoHelpsUsProps) {
  const { t } = useTranslation('familyPortal');
  const active = involvements.filter((involvement) => !involvement.endedAt);
  const regisseur = active.find((involvement) => involvement.isRegisseur) ?? null;
  const others = active.filter((involvement) => involvement !== regisseur);
  const ended = involvements.filter((involvement) => involvement.endedAt);
  return (
    <PortalSection id="wie-helpt" title={t('whoHelps.title')} intro={t('whoHelps.intro')}>
      {active.length === 0 && <Paragraph>{t('whoHelps.empty')}</Paragraph>}
      {regisseur && (
        <div className="portal-subsection">
          <Heading level={3}>{t('whoHelps.regisseurTitle')}</Heading>
          <Paragraph>
            {/* "Call" only with a number to call. */}
            {regisseur.phone
              ? t('whoHelps.regisseurExplainedPhone', { name: regisseur.professionalName, phone: regisseur.phone })
              : t('whoHelps.regisseurExplained', { name: regisseur.professionalName })}
          </Paragraph>
          <RegisseurSince history={regisseurHistory} />
          <ul className="bare-list portal-cards">
            <InvolvementCard involvement={regisseur} />
          </ul>
        </div>
      )}
      {others.length > 0 && (
        <div className="portal-subsection">
          <Heading level={3}>{t('whoHelps.othersTitle')}</Heading>
          <ul className="bare-list portal-cards">
            {others.map((involvement) => (
              <InvolvementCard key={involvement.id} involvement={involvement} />
            ))}
          </ul>
        </div>
      )}
      {ended.length > 0 && (
        <div className="portal-subsection">
          <Heading level={3}>{t('whoHelps.endedTitle')}</Heading>
          <ul className="bare-list portal-cards">
            {ended.map((involvement) => (
              <InvolvementCard key={involvement.id} involvement={involvement} />
            ))}
          </ul>
        </div>
      )}
    </PortalSection>
  );
}
