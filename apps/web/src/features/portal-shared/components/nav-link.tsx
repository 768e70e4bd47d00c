import { Link } from '@rijkshuisstijl-community/components-react';
import { MouseEvent, PropsWithChildren } from 'react';
import { useHref, useLinkClickHandler, useLocation } from 'react-router-dom';

interface NavLinkProps {
  to: string;
}

/** A link in a navigation: inside the app without reloading, and marked as the current page where it is. */
export function NavLink({ to, children }: PropsWithChildren<NavLinkProps>) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to);
  const { pathname } = useLocation();
  return (
    <Link
      href={href}
      current={pathname === to ? 'page' : undefined}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => navigate(event)}
    >
      {children}
    </Link>
  );
}
