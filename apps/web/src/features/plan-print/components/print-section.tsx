import { PropsWithChildren } from 'react';
import { TitledSection } from '../../../shared/components/titled-section';

interface PrintSectionProps {
  title: string;
  intro?: string;
}

/** One part of the paper, named by its heading (also a landmark on screen). */
export function PrintSection(props: PropsWithChildren<PrintSectionProps>) {
  return <TitledSection className="plan-print__section" {...props} />;
}
