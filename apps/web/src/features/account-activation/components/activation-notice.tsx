import { useTranslation } from 'react-i18next';
import { PATHS } from '../../../shared/paths';
import { LinkNotice, LinkNoticeKind } from './link-notice';

interface ActivationNoticeProps {
  kind: LinkNoticeKind;
  focus?: boolean;
}

/** Where the activation ends without the person signed in: a new link from whoever made the account, or signing in. */
export function ActivationNotice({ kind, focus }: ActivationNoticeProps) {
  const { t } = useTranslation('accountActivation');
  return (
    <LinkNotice
      kind={kind}
      title={t(`notices.${kind}.title`)}
      message={t(`notices.${kind}.message`)}
      link={{ to: PATHS.signIn, label: t('notices.signInLink') }}
      focus={focus}
    />
  );
}
