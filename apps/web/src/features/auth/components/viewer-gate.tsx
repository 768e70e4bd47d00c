import { ReactNode } from 'react';
import { CurrentViewerFragment } from '../../../graphql/generated/graphql';
import { PageLoading } from '../../../shared/components/page-loading';
import { ServiceUnavailable } from '../../../shared/components/service-unavailable';
import { useViewer } from '../hooks/use-viewer';

interface ViewerGateProps {
  children: (viewer: CurrentViewerFragment | null) => ReactNode;
}

/** Renders its children only once it is known who is signed in, if anyone. */
export function ViewerGate({ children }: ViewerGateProps) {
  const { viewer, loading, error, refetch } = useViewer();
  if (loading) return <PageLoading />;
  // A failed retry shows through `error` again; there is nothing more to do with it here.
  if (error) return <ServiceUnavailable error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  return children(viewer);
}
