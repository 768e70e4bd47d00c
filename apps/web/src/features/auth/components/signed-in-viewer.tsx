import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { CurrentViewerFragment } from '../../../graphql/generated/graphql';

interface SignedInViewerProps {
  viewer: CurrentViewerFragment;
}

/** Who is signed in and for which organisation, so that nobody works on in someone else's session. */
export function SignedInViewer({ viewer }: SignedInViewerProps) {
  const { t } = useTranslation('auth');
  return (
    <Paragraph className="signed-in-viewer">
      {t('viewer.signedInAs')}{' '}
      <strong>{viewer.displayName}</strong>
      {viewer.organisation && <span className="signed-in-viewer__organisation">{viewer.organisation.name}</span>}
    </Paragraph>
  );
}
