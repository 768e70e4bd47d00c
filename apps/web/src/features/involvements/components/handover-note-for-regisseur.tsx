import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FamilyPlanQuery } from '../../../graphql/generated/graphql';

interface HandoverNoteForRegisseurProps {
  terms: FamilyPlanQuery['family']['regisseurHistory'];
  isRegisseur: boolean;
}

/** The note the previous regisseur left, open on the plan for the one who holds the role now (not folded in the history). */
export function HandoverNoteForRegisseur({ terms, isRegisseur }: HandoverNoteForRegisseurProps) {
  const { t } = useTranslation('involvements');
  const headingId = useId();
  const current = terms.find((term) => term.endedAt === null);
  const previous = terms.filter((term) => term.endedAt !== null).at(-1);
  if (!isRegisseur || !current?.handoverNote) return null;
  return (
    <section className="handover-note" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {previous ? t('proposal.noteFrom', { name: previous.professionalName }) : t('proposal.note')}
      </Heading>
      <Paragraph className="plan-text">{current.handoverNote}</Paragraph>
    </section>
  );
}
