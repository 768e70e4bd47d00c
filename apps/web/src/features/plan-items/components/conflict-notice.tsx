import { Alert, Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { PropsWithChildren } from 'react';
import { useTranslation } from 'react-i18next';
import { FormattedDay, FormattedMoment } from '../../../shared/components/formatted-date';
import { CurrentVersion } from '../utils/conflict';
import { StatusLabel } from './status-label';

interface ConflictNoticeProps {
  current: CurrentVersion;
  /** The choice to save one's own change over theirs after all: the form's submit, or `onSave`. */
  saveLabel: string;
  busy: boolean;
  onSave?: () => void;
}

/**
 * Someone saved this item while the person was working on it. Their version
 * is shown as it is now; nothing was overwritten, and the person decides
 * what happens with their own change: save it after all, or one of the form's other choices
 * (the children).
 */
export function ConflictNotice({ current, saveLabel, busy, onSave, children }: PropsWithChildren<ConflictNoticeProps>) {
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
      <div className="kit-form__actions">
        <Button type={onSave ? 'button' : 'submit'} appearance="primary-action-button" busy={busy} onClick={onSave}>
          {saveLabel}
        </Button>
        {children}
      </div>
    </Alert>
  );
}
