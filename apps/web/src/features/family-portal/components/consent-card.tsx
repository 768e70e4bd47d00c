import { ActionGroup, Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { dutchToday } from '@gezinsplan/domain';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PortalConsentsQuery } from '../../../graphql/generated/graphql';
import { formatDate } from '../../../i18n/format-date';
import { useLanguage } from '../../../i18n/use-language';
import { FormProblemAlert, FormWideProblem } from '../../../shared/forms';
import { formatDay } from '../../portal-shared/utils/dates';
import { useGiveConsent } from '../hooks/use-consents';
import { consentActions, consentState, missingConsenters, PortalConsent } from '../utils/consent-state';
import { WithdrawConsentForm } from './withdraw-consent-form';

type Family = PortalConsentsQuery['family'];

interface ConsentCardProps {
  consent: PortalConsent;
  family: Family;
  memberId: string;
}

function nameOf(family: Family, memberId: string): string {
  const member = family.members.find((candidate) => candidate.id === memberId);
  return member ? `${member.givenName} ${member.familyName}` : '';
}

/** One consent: whose information, shared with whom, about what, for how long, and whether it counts now. */
export function ConsentCard({ consent, family, memberId }: ConsentCardProps) {
  const { t } = useTranslation('familyPortal');
  const { language } = useLanguage();
  const { give, giving } = useGiveConsent();
  const [withdrawing, setWithdrawing] = useState(false);
  const [message, setMessage] = useState<'given' | 'withdrawn' | null>(null);
  const [problem, setProblem] = useState<{ kind: FormWideProblem } | null>(null);
  const withdrawButton = useRef<HTMLButtonElement>(null);
  const status = useRef<HTMLDivElement>(null);
  const today = dutchToday();
  const state = consentState(consent, today);
  const actions = consentActions(consent, memberId, today, family.closedAt != null);
  const list = (items: string[]) => new Intl.ListFormat(language, { type: 'conjunction' }).format(items);

  const subject = consent.subjectMemberId === memberId ? t('consents.you') : nameOf(family, consent.subjectMemberId);
  const recipients = list(
    consent.recipientInvolvementIds.flatMap((id) => {
      const involvement = family.involvements.find((candidate) => candidate.id === id);
      return involvement
        ? [t('consents.recipient', { name: involvement.professionalName, organisation: involvement.organisationName })]
        : [];
    }),
  );
  const categories = list(consent.categories.map((category) => t(`categories.${category}`)));
  const missing = list(missingConsenters(consent).map((id) => nameOf(family, id)));

  const submitGive = async () => {
    if (giving) return;
    setProblem(null);
    const result = await give(consent.id, memberId);
    setProblem(result?.kind === 'fields' ? { kind: 'unavailable' } : result);
    if (result === null) {
      setMessage('given');
      requestAnimationFrame(() => status.current?.focus());
    }
  };

  const closeWithdraw = (withdrawn: boolean) => {
    setWithdrawing(false);
    if (withdrawn) {
      setMessage('withdrawn');
      requestAnimationFrame(() => status.current?.focus());
    } else {
      requestAnimationFrame(() => withdrawButton.current?.focus());
    }
  };

  return (
    <li className={`portal-card portal-consent portal-consent--${state}`}>
      <Heading level={2} appearanceLevel={4}>
        {t(`consents.purpose.${consent.purpose}`, { name: subject })}
      </Heading>
      <Paragraph>
        <span className={`badge portal-status portal-status--consent-${state}`}>
          {t(`consents.states.${state}`, {
            date: consent.withdrawnAt
              ? formatDate(new Date(consent.withdrawnAt), language)
              : formatDay(state === 'notYet' ? consent.validFrom : (consent.validUntil ?? consent.validFrom), language),
            names: missing,
          })}
        </span>
      </Paragraph>
      <dl className="portal-facts">
        {consent.purpose === 'PLAN_EXCHANGE' && recipients && (
          <div>
            <dt>{t('consents.withWhom')}</dt>
            <dd>{recipients}</dd>
          </div>
        )}
        {categories && (
          <div>
            <dt>{t('consents.what')}</dt>
            <dd>{categories}</dd>
          </div>
        )}
        <div>
          <dt>{t('consents.period')}</dt>
          <dd>
            {consent.validUntil
              ? t('consents.fromUntil', {
                  from: formatDay(consent.validFrom, language),
                  until: formatDay(consent.validUntil, language),
                })
              : t('consents.from', { from: formatDay(consent.validFrom, language) })}
          </dd>
        </div>
        {consent.givenBy.length > 0 && (
          <div>
            <dt>{t('consents.givenBy')}</dt>
            <dd>
              {list(
                consent.givenBy.map((given) =>
                  t('consents.givenOn', { name: given.name, date: formatDate(new Date(given.givenAt), language) }),
                ),
              )}
            </dd>
          </div>
        )}
        {consent.withdrawalNote && (
          <div>
            <dt>{t('consents.withdrawalNote')}</dt>
            <dd>{consent.withdrawalNote}</dd>
          </div>
        )}
      </dl>
      {problem && <FormProblemAlert problem={problem.kind} audience="family" />}
      {withdrawing ? (
        <WithdrawConsentForm consentId={consent.id} recipients={recipients || t('consents.theFamily')} onClose={closeWithdraw} />
      ) : (
        (actions.give || actions.withdraw) && (
          <ActionGroup>
            {actions.give && (
              <Button appearance="primary-action-button" busy={giving} onClick={() => void submitGive()}>
                {giving ? t('consents.giving') : t('consents.give')}
              </Button>
            )}
            {actions.withdraw && (
              <Button
                ref={withdrawButton}
                appearance="secondary-action-button"
                onClick={() => {
                  setMessage(null);
                  setWithdrawing(true);
                }}
              >
                {t('consents.withdraw.open')}
              </Button>
            )}
          </ActionGroup>
        )
      )}
      <div role="status" tabIndex={-1} ref={status} className="portal-status-message">
        {message && <Paragraph>{t(`consents.${message}`)}</Paragraph>}
      </div>
    </li>
  );
}
