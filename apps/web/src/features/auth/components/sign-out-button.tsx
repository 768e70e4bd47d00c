import { Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignOut } from '../hooks/use-sign-out';

export function SignOutButton() {
  const { t } = useTranslation('auth');
  const { signOut, signingOut } = useSignOut();
  const [failed, setFailed] = useState(false);

  const submit = async () => {
    if (signingOut) return;
    setFailed(false);
    setFailed(!(await signOut()));
  };

  return (
    <div>
      <Button appearance="secondary-action-button" busy={signingOut} onClick={() => void submit()}>
        {signingOut ? t('signOut.submitting') : t('signOut.submit')}
      </Button>
      {failed && <Paragraph role="alert">{t('signOut.failed')}</Paragraph>}
    </div>
  );
}
