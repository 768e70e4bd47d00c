import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { readActivationToken } from '../utils/activation-token';

/**
 * The token of the e-mailed link this page was opened with (by default an
 * activation or reset link's `#token=`), read once, before
 * the address forgets it. The token leaves the address bar at once (replacing
 * the history entry), so that it does not stay in the browser's history, a
 * bookmark, or a screenshot of the page.
 */
export function useLinkToken(read: (hash: string) => string | null = readActivationToken): string | null {
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => read(location.hash));

  useEffect(() => {
    if (location.hash) navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [location.hash, location.pathname, location.search, navigate]);

  return token;
}
