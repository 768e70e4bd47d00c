import { Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath } from 'react-router-dom';
import { FamilyMemberFieldsFragment, InvolvementFieldsFragment, LegalBasisFieldsFragment } from '../../../graphql/generated/graphql';
import { RouterLink } from '../../../shared/components/router-link';
import { PATHS } from '../../../shared/paths';
import { LegalBasisList } from '../../legal-bases/components/legal-basis-list';
import { isProtectiveTask } from '../../legal-bases/utils/protective-task';
import { EndInvolvementForm } from './end-involvement-form';
import { InvolvementCard } from './involvement-card';

interface ManagedInvolvementProps {
  familyId: string;
  involvement: InvolvementFieldsFragment;
  members: readonly FamilyMemberFieldsFragment[];
  /** The legal bases on which this involvement receives information without consent. */
  legalBases: readonly LegalBasisFieldsFragment[];
  isMine: boolean;
}

/** One involvement as the regisseur manages it: its legal bases, sharing without consent, and ending it. */
export function ManagedInvolvement({ familyId, involvement, members, legalBases, isMine }: ManagedInvolvementProps) {
  const { t } = useTranslation('involvements');
  const [ending, setEnding] = useState(false);
  const [ended, setEnded] = useState(false);
  const endButton = useRef<HTMLButtonElement>(null);
  const endedMessage = useRef<HTMLParagraphElement>(null);
  const [focusAfter, setFocusAfter] = useState<'button' | 'message' | null>(null);
  const name = involvement.professionalName;
  const active = !involvement.endedAt;

  useEffect(() => {
    if (focusAfter === 'button') endButton.current?.focus();
    if (focusAfter === 'message') endedMessage.current?.focus();
    if (focusAfter) setFocusAfter(null);
  }, [focusAfter]);

  return (
    <InvolvementCard involvement={involvement} members={members} isMine={isMine}>
      {legalBases.length > 0 && <LegalBasisList legalBases={legalBases} members={members} involvementEnded={!active} />}
      <div role="status">
        {ended && (
          <Paragraph ref={endedMessage} tabIndex={-1}>
            {t('end.ended', { name })}
          </Paragraph>
        )}
      </div>
      {active && isProtectiveTask(involvement) && (
        <Paragraph>
          <RouterLink to={generatePath(PATHS.recordLegalBasis, { familyId, involvementId: involvement.id })}>
            {t('manage.recordLegalBasis', { name })}
          </RouterLink>
        </Paragraph>
      )}
      {active && involvement.isRegisseur && (
        <Paragraph>
          {t('end.regisseur')}{' '}
          <RouterLink to={generatePath(PATHS.regisseurHandover, { familyId })}>{t('end.handoverLink')}</RouterLink>
        </Paragraph>
      )}
      {active && !involvement.isRegisseur && !ending && (
        <div className="item-actions__buttons">
          <Button ref={endButton} appearance="subtle-button" aria-label={t('end.openLabel', { name })} onClick={() => setEnding(true)}>
            {t('end.open')}
          </Button>
        </div>
      )}
      {active && !involvement.isRegisseur && ending && (
        <EndInvolvementForm
          familyId={familyId}
          involvement={involvement}
          onEnded={() => {
            setEnding(false);
            setEnded(true);
            setFocusAfter('message');
          }}
          onCancel={() => {
            setEnding(false);
            setFocusAfter('button');
          }}
        />
      )}
    </InvolvementCard>
  );
}
