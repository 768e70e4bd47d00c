import { useTranslation } from 'react-i18next';
import { FamilyMemberFieldsFragment, LegalBasisFieldsFragment } from '../../../graphql/generated/graphql';
import { LegalBasisCard } from './legal-basis-card';

interface LegalBasisListProps {
  legalBases: readonly LegalBasisFieldsFragment[];
  members: readonly FamilyMemberFieldsFragment[];
  /** The involvement the bases were recorded for has ended: they no longer count. */
  involvementEnded?: boolean;
}

/** The legal bases on which one involvement receives information without consent, newest first. */
export function LegalBasisList({ legalBases, members, involvementEnded = false }: LegalBasisListProps) {
  const { t } = useTranslation('legalBases');
  const newestFirst = [...legalBases].sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
  return (
    <div className="legal-bases">
      <p className="legal-bases__title">
        <strong>{t('list.title')}</strong>
      </p>
      <ul className="bare-list legal-bases__list">
        {newestFirst.map((legalBasis) => (
          <LegalBasisCard key={legalBasis.id} legalBasis={legalBasis} members={members} involvementEnded={involvementEnded} />
        ))}
      </ul>
    </div>
  );
}
