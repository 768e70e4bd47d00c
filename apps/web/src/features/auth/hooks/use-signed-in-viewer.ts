import { useOutletContext } from 'react-router-dom';
import { CurrentViewerFragment } from '../../../graphql/generated/graphql';

/** The signed-in account, for pages behind <RequireViewer>, which guarantees there is one. */
export function useSignedInViewer(): CurrentViewerFragment {
  return useOutletContext<CurrentViewerFragment>();
}
