import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NetworkSafetyPlanQuery } from '../../../graphql/generated/graphql';
import { RouterLink } from '../../../shared/components/router-link';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { portalPaths } from '../../portal-shared/portal-paths';
import { ContactLinks } from '../../portal-shared/components/contact-links';
import { LogEntryForm } from '../../portal-shared/components/log-entry-form';
import { Logbook } from '../../portal-shared/components/logbook';
import { PortalSection } from '../../portal-shared/components/portal-section';
import { SafetyConditions } from '../../portal-shared/components/safety-conditions';
import { SafetyMeaning } from '../../portal-shared/components/safety-meaning';
import { SafetyPlanContact } from '../../portal-shared/components/safety-plan-contact';
import { TableOfContents } from '../../portal-shared/components/table-of-contents';
import { ClosedPlanBanner } from '../../plan-closure/components/closed-plan-banner';
import { networkParts } from '../utils/network-parts';
import { MyTasks } from './my-tasks';
import { NetworkPeople } from './network-people';

interface NetworkSafetyPlanProps {
  family: NetworkSafetyPlanQuery['family'];
  networkMemberId: string;
}

/** First whom to call and plan B, then what this person does, what everyone holds on to, and the logbook. */
export function NetworkSafetyPlan({ family, networkMemberId }: NetworkSafetyPlanProps) {
  const { t } = useTranslation('network');
  const { t: tp } = useTranslation('planPrint');
  usePageTitle(t('title'));
  const parts = useMemo(() => networkParts(family.plan, networkMemberId), [family.plan, networkMemberId]);
  const regisseur = family.involvements.find((involvement) => involvement.isRegisseur && !involvement.endedAt) ?? null;
  const me = family.network.find((person) => person.id === networkMemberId);
  // Whom "call the contact person" means, with the number to call: the safety plan's contact, else the regisseur.
  const contact = parts.safetyPlan
    ? { name: parts.safetyPlan.contactName ?? null, phone: parts.safetyPlan.contactPhone ?? null }
    : { name: regisseur?.professionalName ?? null, phone: regisseur?.phone ?? null };
  // Whom a roster line says to tell when one cannot come may be anyone the page has details of.
  const reachable = [
    ...family.network,
    ...(parts.safetyPlan?.contactName ? [{ name: parts.safetyPlan.contactName, phone: parts.safetyPlan.contactPhone }] : []),
    ...(regisseur ? [{ name: regisseur.professionalName, phone: regisseur.phone, email: regisseur.email }] : []),
  ];
  const sections = [
    { id: 'zorgen', title: t('worried.title') },
    { id: 'jouw-taken', title: t('tasks.title') },
    { id: 'afspraken', title: t('conditions.title') },
    { id: 'logboek', title: t('logbook.title') },
  ];

  return (
    <div className="portal-page">
      <Paragraph className="portal-page__family">{family.name}</Paragraph>
      <Heading level={1}>{t('title')}</Heading>
      <ClosedPlanBanner family={family} reader="network" />
      <Paragraph purpose="lead">{t('intro', { name: me?.name ?? '' })}</Paragraph>
      <TableOfContents sections={sections} />
      <Paragraph>
        <RouterLink to={portalPaths.networkPrint(family.id)}>{tp('actions.printSafetyPlan')}</RouterLink>
      </Paragraph>

      <PortalSection id="zorgen" title={t('worried.title')} intro={t('worried.intro')}>
        {parts.safetyPlan ? (
          <SafetyPlanContact plan={parts.safetyPlan} regisseur={regisseur} />
        ) : (
          <>
            <Paragraph>{t('worried.noPlan')}</Paragraph>
            {regisseur && (
              <div className="portal-callout">
                <Paragraph>
                  <strong>
                    {t('worried.regisseur', {
                      name: regisseur.professionalName,
                      organisation: regisseur.organisationName,
                    })}
                  </strong>
                </Paragraph>
                <ContactLinks phone={regisseur.phone} email={regisseur.email} />
                {!regisseur.phone && <Paragraph>{t('worried.noPhone')}</Paragraph>}
              </div>
            )}
          </>
        )}
        <Paragraph className="portal-emergency">{t('worried.emergency')}</Paragraph>
      </PortalSection>

      <MyTasks
        roster={parts.myRoster}
        agreements={parts.myAgreements}
        members={family.members}
        people={reachable}
        myId={networkMemberId}
        contactName={parts.safetyPlan?.contactName ?? regisseur?.professionalName ?? null}
      />

      <PortalSection id="afspraken" title={t('conditions.title')} intro={t('conditions.intro')}>
        {contact.name && (
          <div className="portal-callout">
            <Paragraph>{t('conditions.call', { name: contact.name })}</Paragraph>
            <ContactLinks phone={contact.phone} />
            {!contact.phone && <Paragraph>{t('worried.noPhone')}</Paragraph>}
          </div>
        )}
        {parts.conditions.length === 0 ? (
          <Paragraph>{t('conditions.empty')}</Paragraph>
        ) : (
          <SafetyConditions conditions={parts.conditions} />
        )}
        {parts.safetyPlan && <SafetyMeaning plan={parts.safetyPlan} title={t('conditions.meaning')} />}
      </PortalSection>

      <PortalSection id="logboek" title={t('logbook.title')} intro={t('logbook.intro')}>
        {/* A closed plan is read-only: nobody writes in its logbook. */}
        {!family.closedAt && (
          <div className="portal-subsection portal-panel">
            <Heading level={3}>{t('logbook.write')}</Heading>
            <LogEntryForm familyId={family.id} category="SAFETY" />
          </div>
        )}
        <Logbook entries={parts.logbook} myPartyId={networkMemberId} />
      </PortalSection>

      <NetworkPeople people={family.network} myId={networkMemberId} />
    </div>
  );
}
