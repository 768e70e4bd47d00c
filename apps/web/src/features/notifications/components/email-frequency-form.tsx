import { useTranslation } from 'react-i18next';
import { NotificationEmailFrequency } from '../../../graphql/generated/graphql';
import { useEmailFrequency } from '../hooks/use-notification-settings';

const FREQUENCIES: readonly NotificationEmailFrequency[] = ['IMMEDIATELY', 'DAILY', 'OFF'];

/** One's own choice of how notifications also come by e-mail; saved as soon as it is chosen. */
export function EmailFrequencyForm() {
  const { t } = useTranslation('notifications');
  const { email, saving, outcome, setEmail } = useEmailFrequency();
  return (
    <fieldset className="notification-settings">
      <legend>{t('email.legend')}</legend>
      {FREQUENCIES.map((frequency) => (
        <label key={frequency} className="notification-settings__option">
          <input
            type="radio"
            name="notification-email"
            value={frequency}
            checked={email === frequency}
            disabled={saving || email === null}
            onChange={() => void setEmail(frequency)}
          />{' '}
          {t(`email.${frequency}`)}
        </label>
      ))}
      {outcome === 'FAILED' && (
        <p role="alert" className="form-failure">
          {t('email.failed')}
        </p>
      )}
      {outcome === 'SAVED' && (
        <p role="status" className="notification-settings__saved">
          {t('email.saved')}
        </p>
      )}
    </fieldset>
  );
}
