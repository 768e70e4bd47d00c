import { Alert, Paragraph } from '@rijkshuisstijl-community/components-react';
import { PropsWithChildren } from 'react';
import { useTranslation } from 'react-i18next';
import { FormattedDay, FormattedMoment } from '../../../shared/components/formatted-date';
import { CurrentVersion } from '../utils/conflict';
import { StatusLabel } from './status-label';

interface ConflictNoticeProps {
  current: CurrentVersion;
}

/**
 * Someone saved this item while the person was working on it. Their version
 * is shown as it is now; nothing was overwritten, and the person decides
 * (the children: the form's choices) what happens with their own change.
 */
export function ConflictNotice({ current, children }: PropsWithChildren<ConflictNoticeProps>) {
  const { t } = useTranslation('planItems');
  return (
    <Alert type="warning" role="alert" className="conflict-notice">
      <Paragraph>
        <strong>{t('conflict.title')}</strong>
      </Paragraph>
      <Paragraph>{t('conflict.message')}</Paragraph>
      <dl className="plan-facts conflict-notice__theirs">
        {current.text !== null && (
          <div className="plan-facts__row">
            <dt>{t('conflict.theirText')}</dt>
            <dd className="plan-text">{current.text}</dd>
          </div>
        )}
        {current.dueOn && (
          <div className="plan-facts__row">
            <dt>{t('conflict.theirDate')}</dt>
            <dd>
              <FormattedDay day={current.dueOn} />
            </dd>
          </div>
        )}
        {current.status && (
          <div className="plan-facts__row">
            <dt>{t('conflict.theirStatus')}</dt>
            <dd>
              <StatusLabel status={current.status} />
            </dd>
          </div>
        )}
        {current.updatedAt && (
          <div className="plan-facts__row">
            <dt>{t('conflict.changedAt')}</dt>
            <dd>
              <FormattedMoment at={current.updatedAt} withTime />
            </dd>
          </div>
        )}
      </dl>
      {children}
    </Alert>
  );
}
