import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { ContactLinks } from '../../portal-shared/components/contact-links';
import { PortalSection } from '../../portal-shared/components/portal-section';

interface NetworkPeopleProps {
  people: readonly { id: string; name: string; relation: string; phone?: string | null; email?: string | null }[];
  myId: string;
}

/** The others in the network, so a network member knows whom to tell when they cannot come. */
export function NetworkPeople({ people, myId }: NetworkPeopleProps) {
  const { t } = useTranslation('network');
  const others = people.filter((person) => person.id !== myId);
  if (others.length === 0) return null;
  return (
    <PortalSection id="netwerk" title={t('people.title')} intro={t('people.intro')}>
      <ul className="bare-list portal-list">
        {others.map((person) => (
          <li key={person.id} className="divided-entry divided-entry--roomy portal-item">
            <Paragraph>
              <strong>{person.name}</strong>, {person.relation}
            </Paragraph>
            <ContactLinks phone={person.phone} email={person.email} />
          </li>
        ))}
      </ul>
    </PortalSection>
  );
}
