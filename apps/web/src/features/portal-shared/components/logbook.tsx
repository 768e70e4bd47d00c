import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { ShowMore, useFold } from '../../../shared/components/folded-list';
import { newestFirst, PortalPlanItem } from '../utils/plan-items';
import { LogbookEntry } from './logbook-entry';

interface LogbookProps {
  entries: readonly PortalPlanItem[];
  /** Say which entries belong to the safety plan: where the general logbook is shown with it. */
  markSafety?: boolean;
  /** The reader's own party: the entries they wrote say "you". */
  myPartyId: string | null;
}

/** The logbook's entries, newest first (the latest ones, older ones on request), or what to do when there are none yet. */
export function Logbook({ entries, markSafety = false, myPartyId }: LogbookProps) {
  const { t } = useTranslation('portal');
  const fold = useFold(newestFirst(entries));
  if (entries.length === 0) return <Paragraph>{t('logbook.empty')}</Paragraph>;
  return (
    <>
      <ul ref={fold.listRef} className="bare-list portal-list">
        {fold.shown.map((entry) => (
          <LogbookEntry key={entry.id} entry={entry} markSafety={markSafety} myPartyId={myPartyId} />
        ))}
      </ul>
      <ShowMore
        fold={fold}
        summary={t('logbook.folded', { shown: fold.total - fold.folded, total: fold.total })}
        label={t('logbook.showOlder', { count: fold.next })}
      />
    </>
  );
}
