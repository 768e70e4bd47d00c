import { Heading, HeadingLevel, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath } from 'react-router-dom';
import { SignalMatchFieldsFragment } from '../../../graphql/generated/graphql';
import { FormattedDay } from '../../../shared/components/formatted-date';
import { RouterLink } from '../../../shared/components/router-link';
import { PATHS } from '../../../shared/paths';
import { siblingsWithSignals, startedPlanId, subjectName } from '../utils/match-view';
import { ExistingPlanNotice } from './existing-plan-notice';
import { RouterButtonLink } from './router-button-link';
import { SignalList } from './signal-list';
import { WithdrawSignal } from './withdraw-signal';

interface MatchCardProps {
  match: SignalMatchFieldsFragment;
  /** The young person's name is a heading at this level; the parts of the card one below. */
  headingLevel: 2 | 3;
  /** Offers to withdraw my signal; called with the young person's name once it has ended. */
  onWithdrawn?: (name: string) => void;
}

/**
 * One young person I signalled: whether there is a match, everyone who
 * signalled them, and their brothers and sisters with their signals.
 */
export function MatchCard({ match, headingLevel, onWithdrawn }: MatchCardProps) {
  const { t } = useTranslation('signals');
  const headingId = useId();
  const name = subjectName(match.subject);
  const below = (headingLevel + 1) as HeadingLevel;
  const planId = startedPlanId(match);
  const mine = match.signals.find((signal) => signal.mine);
  const siblings = siblingsWithSignals(match);
  // A plan of its own (not started from this match): lead to its regisseur instead of a second plan.
  const otherPlan = planId ? null : match.existingPlan;
  const canStart = match.isMatch && !planId && !otherPlan;
  return (
    <article className={`match-card${match.isMatch ? ' match-card--match' : ''}`} aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId}>
        {name}
      </Heading>
      <p className="match-card__status">
        <span className={`badge status-badge${match.isMatch ? ' status-badge--match' : ''}`}>
          {match.isMatch ? t('match.isMatch') : t('match.noMatch')}
        </span>{' '}
        {match.isMatch ? t('match.matchIntro') : t('match.noMatchIntro')}
      </p>
      <dl className="plan-facts">
        <div className="plan-facts__row">
          <dt>{t('match.born')}</dt>
          <dd>
            <FormattedDay day={match.subject.dateOfBirth} />
          </dd>
        </div>
        <div className="plan-facts__row">
          <dt>{t('match.address')}</dt>
          <dd>{match.subject.address}</dd>
        </div>
      </dl>

      <div className="match-card__part">
        <Heading level={below}>{t('match.involvedTitle', { name })}</Heading>
        <SignalList signals={match.signals} />
      </div>

      {siblings.length > 0 && (
        <div className="match-card__part">
          <Heading level={below}>{t('match.siblingsTitle')}</Heading>
          <Paragraph>{t('match.siblingsIntro')}</Paragraph>
          {siblings.map(({ sibling, signals }) => (
            <div key={sibling.id} className="match-card__sibling">
              <Heading level={(below + 1) as HeadingLevel}>{t('match.siblingSignalsTitle', { name: subjectName(sibling) })}</Heading>
              <Paragraph>
                {t('match.born')} <FormattedDay day={sibling.dateOfBirth} />
              </Paragraph>
              <SignalList signals={signals} />
            </div>
          ))}
        </div>
      )}

      {otherPlan && <ExistingPlanNotice plan={otherPlan} name={name} headingLevel={below} />}
      {planId ? (
        <Paragraph>
          {t('match.planStarted')} <RouterLink to={generatePath(PATHS.familyPlan, { familyId: planId })}>{t('match.toPlan')}</RouterLink>
        </Paragraph>
      ) : null}
      {canStart || (onWithdrawn && mine) ? (
        <div className="match-card__actions">
          {canStart && (
            <RouterButtonLink to={generatePath(PATHS.startPlanFromMatch, { subjectId: match.subject.id })}>
              {t('match.startPlan')}
            </RouterButtonLink>
          )}
          {onWithdrawn && mine && (
            <WithdrawSignal signalId={mine.id} name={name} headingLevel={below} onWithdrawn={() => onWithdrawn(name)} />
          )}
        </div>
      ) : null}
    </article>
  );
}
