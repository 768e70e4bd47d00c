import { Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsentFieldsFragment, FamilyConsentQuery } from '../../../graphql/generated/graphql';
import { FormattedDay, FormattedMoment } from '../../../shared/components/formatted-date';
import { memberName } from '../../../shared/components/member-names';
import { useGiveConsent } from '../hooks/use-give-consent';
import { useGiveInstitutionConsent } from '../hooks/use-give-institution-consent';
import { consentStatus, missingConsenters } from '../utils/consent-status';
import { WithdrawConsentForm } from './withdraw-consent-form';

interface ConsentCardProps {
  consent: ConsentFieldsFragment;
  family: FamilyConsentQuery['family'];
  today: string;
  mayRecord: boolean;
}

/** One recorded consent: whose information, for what, to whom, given by whom, and whether it counts today. */
export function ConsentCard({ consent, family, today, mayRecord }: ConsentCardProps) {
  const { t } = useTranslation('consent');
  const { t: tv } = useTranslation('vocabulary');
  const { give, giving } = useGiveConsent();
  const [withdrawing, setWithdrawing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const withdrawButton = useRef<HTMLButtonElement>(null);
  const card = useRef<HTMLLIElement>(null);
  // After the withdrawal form closes: back to its button, or to the card when the button is gone.
  const [focusAfter, setFocusAfter] = useState<'card' | 'button' | null>(null);

  useEffect(() => {
    if (focusAfter === 'card') card.current?.focus();
    if (focusAfter === 'button') withdrawButton.current?.focus();
    if (focusAfter) setFocusAfter(null);
  }, [focusAfter]);
  const status = consentStatus(consent, today);
  const nameOf = (memberId: string) => {
    const member = family.members.find((candidate) => candidate.id === memberId);
    return member ? memberName(member) : t('card.unknownMember');
  };
  const recipients = consent.recipientInvolvementIds.map((id) => {
    const involvement = family.involvements.find((candidate) => candidate.id === id);
    return involvement ? `${involvement.professionalName} (${involvement.organisationName})` : t('card.unknownInvolvement');
  });
  const missing = consent.withdrawnAt ? [] : missingConsenters(consent);
  // A certified institution holding parental authority consents in the parents' place, through its own professional.
  const institution = family.involvements.find((involvement) => involvement.organisationId === consent.requiredInstitutionId);
  const institutionMissing =
    !consent.withdrawnAt &&
    !!consent.requiredInstitutionId &&
    !consent.givenByInstitutions.some((given) => given.organisationId === consent.requiredInstitutionId);
  const mine = family.involvements.find((involvement) => involvement.id === family.myRelation.involvementId);
  const actsForInstitution = institutionMissing && !!mine && mine.organisationId === consent.requiredInstitutionId;
  const { giveForInstitution, givingForInstitution } = useGiveInstitutionConsent();
  const institutionName = institution?.organisationName ?? t('card.unknownInstitution');
  const missingNames = [...(institutionMissing ? [institutionName] : []), ...missing.map((memberId) => nameOf(memberId))];

  const recordGivenByInstitution = async () => {
    setMessage(null);
    setMessage((await giveForInstitution(consent.id)) ? t('card.givenRecorded', { name: institutionName }) : t('card.giveFailed'));
  };

  const recordGiven = async (memberId: string) => {
    setMessage(null);
    setMessage((await give(consent.id, memberId)) ? t('card.givenRecorded', { name: nameOf(memberId) }) : t('card.giveFailed'));
  };

  return (
    <li ref={card} tabIndex={-1} className={`divided-entry consent-card consent-card--${status}`}>
      <p className="consent-card__title">
        <strong>{nameOf(consent.subjectMemberId)}</strong>
        {': '}
        {tv(`consentPurposes.${consent.purpose}`)}{' '}
        <span className={`badge status-badge status-badge--consent-${status}`}>{t(`status.${status}`)}</span>
      </p>
      <dl className="plan-facts">
        {recipients.length > 0 && (
          <div className="plan-facts__row">
            <dt>{t('card.recipients')}</dt>
            <dd>{recipients.join('; ')}</dd>
          </div>
        )}
        {consent.categories.length > 0 && (
          <div className="plan-facts__row">
            <dt>{t('card.categories')}</dt>
            <dd>{consent.categories.map((category) => tv(`categories.${category}`)).join(', ')}</dd>
          </div>
        )}
        <div className="plan-facts__row">
          <dt>{t('card.givenBy')}</dt>
          <dd>
            {consent.givenBy.length + consent.givenByInstitutions.length === 0
              ? t('card.nobodyYet')
              : [
                  ...consent.givenByInstitutions.map((given) => ({ key: given.organisationId, name: given.name, givenAt: given.givenAt })),
                  ...consent.givenBy.map((given) => ({ key: given.memberId, name: given.name, givenAt: given.givenAt })),
                ].map((given, index) => (
                  <span key={given.key}>
                    {index > 0 && '; '}
                    {given.name} (<FormattedMoment at={given.givenAt} />)
                  </span>
                ))}
          </dd>
        </div>
        {missingNames.length > 0 && (
          <div className="plan-facts__row">
            <dt>{t('card.missing')}</dt>
            <dd>{missingNames.join(', ')}</dd>
          </div>
        )}
        <div className="plan-facts__row">
          <dt>{t('card.valid')}</dt>
          <dd>
            {t('card.from')} <FormattedDay day={consent.validFrom} />
            {consent.validUntil && (
              <>
                {` ${t('card.until')} `}
                <FormattedDay day={consent.validUntil} />
              </>
            )}
          </dd>
        </div>
        <div className="plan-facts__row">
          <dt>{t('card.recorded')}</dt>
          <dd>
            {consent.recordedByName}, <FormattedMoment at={consent.recordedAt} />
          </dd>
        </div>
        {consent.withdrawnAt && (
          <div className="plan-facts__row">
            <dt>{t('card.withdrawn')}</dt>
            <dd>
              <FormattedMoment at={consent.withdrawnAt} withTime />
              {consent.withdrawalNote && `: ${consent.withdrawalNote}`}
            </dd>
          </div>
        )}
      </dl>
      <div role="status">{message && <Paragraph>{message}</Paragraph>}</div>
      {actsForInstitution && (
        <div className="item-actions__buttons">
          <Button appearance="secondary-action-button" busy={givingForInstitution} onClick={() => void recordGivenByInstitution()}>
            {t('card.giveForInstitution', { institution: institutionName })}
          </Button>
        </div>
      )}
      {mayRecord && !consent.withdrawnAt && !withdrawing && (
        <div className="item-actions__buttons">
          {missing.map((memberId) => (
            <Button key={memberId} appearance="secondary-action-button" busy={giving} onClick={() => void recordGiven(memberId)}>
              {t('card.recordGiven', { name: nameOf(memberId) })}
            </Button>
          ))}
          <Button ref={withdrawButton} appearance="subtle-button" onClick={() => setWithdrawing(true)}>
            {t('card.withdraw')}
          </Button>
        </div>
      )}
      {withdrawing && (
        <WithdrawConsentForm
          consentId={consent.id}
          onDone={(withdrawn) => {
            setWithdrawing(false);
            if (withdrawn) setMessage(t('card.withdrawnMessage'));
            setFocusAfter(withdrawn ? 'card' : 'button');
          }}
        />
      )}
    </li>
  );
}
