import { Link } from '@rijkshuisstijl-community/components-react';
import { MouseEvent, PropsWithChildren } from 'react';
import { useHref, useLinkClickHandler } from 'react-router-dom';

interface RouterLinkProps {
  to: string;
  className?: string;
}

/** The design system's link, navigating inside the app without reloading the page. */
export function RouterLink({ to, className, children }: PropsWithChildren<RouterLinkProps>) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <Link className={className} href={href} onClick={(event: MouseEvent<HTMLAnchorElement>) => navigate(event)}>
      {children}
    </Link>
  );
}
