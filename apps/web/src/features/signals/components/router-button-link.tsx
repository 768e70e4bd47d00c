import { ButtonLink } from '@rijkshuisstijl-community/components-react';
import { MouseEvent, PropsWithChildren } from 'react';
import { useHref, useLinkClickHandler } from 'react-router-dom';

interface RouterButtonLinkProps {
  to: string;
  appearance?: 'primary-action-button' | 'secondary-action-button';
}

/** A link that looks like a button, for the next step on a page; it navigates inside the app. */
export function RouterButtonLink({ to, appearance = 'primary-action-button', children }: PropsWithChildren<RouterButtonLinkProps>) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <ButtonLink appearance={appearance} href={href} onClick={(event: MouseEvent<HTMLAnchorElement>) => navigate(event)}>
      {children}
    </ButtonLink>
  );
}
