import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../i18n/format-date';
import { useLanguage } from '../../../i18n/use-language';
import { AccessLogLine as Line } from '../utils/access-log-summary';

/** Who did it: a professional with their organisation, or someone of the family or its network. */
function useWho(line: Line): string {
  const { t } = useTranslation('familyPortal');
  if (line.organisationName) return t('accessLog.who.professional', { name: line.accountName, organisation: line.organisationName });
  if (line.accountKind === 'FAMILY_MEMBER') return t('accessLog.who.family', { name: line.accountName });
  if (line.accountKind === 'NETWORK_MEMBER') return t('accessLog.who.network', { name: line.accountName });
  return line.accountName;
}

/** One line of the access log: who, what, when, and why they could. */
export function AccessLogLine({ line }: { line: Line }) {
  const { t } = useTranslation('familyPortal');
  const { language } = useLanguage();
  const who = useWho(line);
  const what =
    line.deed.type === 'read'
      ? t('accessLog.read', {
          what: new Intl.ListFormat(language, { type: 'conjunction' }).format(
            line.deed.subjects.map((subject) => t(`accessLog.subjects.${subject}`)),
          ),
        })
      : t(`accessLog.changes.${line.deed.change}`);
  const from = formatTime(new Date(line.from), language);
  const until = formatTime(new Date(line.until), language);
  return (
    <li className="divided-entry divided-entry--roomy portal-item portal-log-line">
      <Paragraph>
        <strong>{who}</strong>
      </Paragraph>
      <dl className="portal-facts">
        <div>
          <dt>{t('accessLog.what')}</dt>
          <dd>{what}</dd>
        </div>
        <div>
          <dt>{t('accessLog.when')}</dt>
          <dd>
            {from === until ? from : t('accessLog.between', { from, until })}
            {line.count > 1 && <> {t('accessLog.times', { count: line.count })}</>}
          </dd>
        </div>
        <div>
          <dt>{t('accessLog.why')}</dt>
          <dd>{t(`accessLog.reasons.${line.reason}`)}</dd>
        </div>
      </dl>
    </li>
  );
}
