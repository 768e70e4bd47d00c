import { Alert, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../shared/components/router-link';
import { PATHS } from '../../../shared/paths';

/** Where the activation ends without the person signed in; each says what to do instead. */
export type ActivationNoticeKind = 'missing' | 'link' | 'disabled' | 'notSignedIn' | 'savedNotSignedIn';

interface ActivationNoticeProps {
  kind: ActivationNoticeKind;
  /** After a failed attempt the form is gone: the focus moves here, so that it is read out first. */
  focus?: boolean;
}

/** What happened, and the way on: a new link from whoever made the account, or signing in. */
export function ActivationNotice({ kind, focus = false }: ActivationNoticeProps) {
  const { t } = useTranslation('accountActivation');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <Alert type={kind === 'savedNotSignedIn' ? 'warning' : 'error'}>
      <Heading level={2} appearanceLevel={3} ref={heading} tabIndex={-1} className="activation-notice__title">
        {t(`notices.${kind}.title`)}
      </Heading>
      <Paragraph>{t(`notices.${kind}.message`)}</Paragraph>
      <Paragraph>
        <RouterLink to={PATHS.signIn}>{t('notices.signInLink')}</RouterLink>
      </Paragraph>
    </Alert>
  );
}
