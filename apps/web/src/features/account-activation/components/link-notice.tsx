import { Alert, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef } from 'react';
import { RouterLink } from '../../../shared/components/router-link';
import { PasswordNotice } from './new-password-form';

/** Where an e-mailed link to choose a password ends without the person signed in; `missing`: the address has no token. */
export type LinkNoticeKind = 'missing' | PasswordNotice;

interface LinkNoticeProps {
  kind: LinkNoticeKind;
  title: string;
  message: string;
  /** The way on: signing in, or asking for a new link. */
  link: { to: string; label: string };
  /** After a failed attempt the form is gone: the focus moves here, so that it is read out first. */
  focus?: boolean;
}

/** What happened to the link, and the way on, in the page's own words. */
export function LinkNotice({ kind, title, message, link, focus = false }: LinkNoticeProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <Alert type={kind === 'savedNotSignedIn' ? 'warning' : 'error'}>
      <Heading level={2} appearanceLevel={3} ref={heading} tabIndex={-1} className="activation-notice__title">
        {title}
      </Heading>
      <Paragraph>{message}</Paragraph>
      <Paragraph>
        <RouterLink to={link.to}>{link.label}</RouterLink>
      </Paragraph>
    </Alert>
  );
}
