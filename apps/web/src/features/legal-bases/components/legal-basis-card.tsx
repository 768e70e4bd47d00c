import { dutchToday } from '@gezinsplan/domain';
import { Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FamilyMemberFieldsFragment, LegalBasisFieldsFragment } from '../../../graphql/generated/graphql';
import { useLanguage } from '../../../i18n/use-language';
import { FormattedDay, FormattedMoment } from '../../../shared/components/formatted-date';
import { namesOf } from '../../../shared/components/member-names';
import { legalBasisStatus } from '../utils/legal-basis-status';
import { FamilyInformedForm } from './family-informed-form';
import { RevokeLegalBasis } from './revoke-legal-basis';

interface LegalBasisCardProps {
  legalBasis: LegalBasisFieldsFragment;
  members: readonly FamilyMemberFieldsFragment[];
  involvementEnded: boolean;
}

type Panel = 'informed' | 'revoke';

/** One legal basis with its six documented steps, when the family was told, and the regisseur's two changes. */
export function LegalBasisCard({ legalBasis, members, involvementEnded }: LegalBasisCardProps) {
  const { t } = useTranslation('legalBases');
  const { t: tv } = useTranslation('vocabulary');
  const { language } = useLanguage();
  const [panel, setPanel] = useState<Panel | null>(null);
  const [message, setMessage] = useState<Panel | null>(null);
  const card = useRef<HTMLLIElement>(null);
  const buttons = useRef<Partial<Record<Panel, HTMLButtonElement | null>>>({});
  // Where the focus goes once a panel closes: its button when cancelled, the card (with its message) when saved.
  const [focusAfter, setFocusAfter] = useState<Panel | 'card' | null>(null);
  const status = legalBasisStatus(legalBasis, dutchToday(), involvementEnded);
  const titleId = useId();

  useEffect(() => {
    if (focusAfter === 'card') card.current?.focus();
    else if (focusAfter) buttons.current[focusAfter]?.focus();
    if (focusAfter) setFocusAfter(null);
  }, [focusAfter]);

  const close = (closed: Panel, saved: boolean) => {
    setPanel(null);
    setMessage(saved ? closed : null);
    setFocusAfter(saved ? 'card' : closed);
  };
  const button = (target: Panel, label: string) => (
    <Button
      ref={(element: HTMLButtonElement | null) => {
        buttons.current[target] = element;
      }}
      appearance="subtle-button"
      aria-describedby={titleId}
      onClick={() => {
        setMessage(null);
        setPanel(target);
      }}
    >
      {label}
    </Button>
  );

  return (
    <li ref={card} tabIndex={-1} className={`divided-entry divided-entry--compact legal-basis legal-basis--${status}`}>
      <p id={titleId} className="legal-basis__title">
        <strong>{t(`kinds.${legalBasis.kind}`)}</strong>{' '}
        <span className={`badge status-badge status-badge--legal-basis-${status}`}>{t(`status.${status}`)}</span>
      </p>
      <dl className="plan-facts">
        <div className="plan-facts__row">
          <dt>{t('card.about')}</dt>
          <dd>{namesOf(legalBasis.subjectMemberIds, members, language)}</dd>
        </div>
        <div className="plan-facts__row">
          <dt>{t('card.categories')}</dt>
          <dd>{legalBasis.categories.map((category) => tv(`categories.${category}`)).join(', ')}</dd>
        </div>
        {legalBasis.reference && (
          <div className="plan-facts__row">
            <dt>{t('card.reference')}</dt>
            <dd>{legalBasis.reference}</dd>
          </div>
        )}
        <div className="plan-facts__row">
          <dt>{t('card.family')}</dt>
          <dd>
            {legalBasis.familyInformedAt ? (
              <>
                {t('card.informedAt')} <FormattedMoment at={legalBasis.familyInformedAt} withTime />
              </>
            ) : (
              t('card.notInformed')
            )}
          </dd>
        </div>
        {legalBasis.informingDelayReason && (
          <div className="plan-facts__row">
            <dt>{t('card.delayReason')}</dt>
            <dd className="plan-text">{legalBasis.informingDelayReason}</dd>
          </div>
        )}
        {legalBasis.validUntil && (
          <div className="plan-facts__row">
            <dt>{t('card.validUntil')}</dt>
            <dd>
              <FormattedDay day={legalBasis.validUntil} />
            </dd>
          </div>
        )}
        <div className="plan-facts__row">
          <dt>{t('card.recorded')}</dt>
          <dd>
            {legalBasis.recordedByName}, <FormattedMoment at={legalBasis.recordedAt} />
          </dd>
        </div>
        {legalBasis.revokedAt && (
          <div className="plan-facts__row">
            <dt>{t('card.revoked')}</dt>
            <dd>
              <FormattedMoment at={legalBasis.revokedAt} withTime />
            </dd>
          </div>
        )}
      </dl>
      <details className="legal-basis__steps">
        <summary>{t('card.steps')}</summary>
        <dl className="plan-facts">
          {(['purpose', 'necessaryInformation', 'proportionality', 'subsidiarity', 'professionalSecrecy'] as const).map((step) => (
            <div key={step} className="plan-facts__row">
              <dt>{t(`steps.${step}`)}</dt>
              <dd className="plan-text">{legalBasis[step]}</dd>
            </div>
          ))}
        </dl>
      </details>
      <div role="status">{message && <Paragraph>{t(`saved.${message}`)}</Paragraph>}</div>
      {!legalBasis.revokedAt && panel === null && (
        <div className="item-actions__buttons">
          {!legalBasis.familyInformedAt && button('informed', t('informed.open'))}
          {status !== 'ended' && button('revoke', t('revoke.open'))}
        </div>
      )}
      {panel === 'informed' && <FamilyInformedForm legalBasisId={legalBasis.id} onDone={(saved) => close('informed', saved)} />}
      {panel === 'revoke' && <RevokeLegalBasis legalBasisId={legalBasis.id} onDone={(saved) => close('revoke', saved)} />}
    </li>
  );
}
