import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../i18n/format-date';
import { useLanguage } from '../../../i18n/use-language';

interface WrittenByProps {
  author: { name: string; organisationName?: string | null };
  /** When it was written (ISO date-time). */
  at: string;
  showDate?: boolean;
  /** The reader wrote it: say "you", not their name. */
  byReader?: boolean;
}

/** Who wrote something and when: "Sanne Jansen (Wijkteam Utrecht Centrum), 9 oktober 2025"; to its own author, "you". */
export function WrittenBy({ author, at, showDate = true, byReader = false }: WrittenByProps) {
  const { t } = useTranslation('portal');
  const { language } = useLanguage();
  const date = formatDate(new Date(at), language);
  return (
    <Paragraph className="portal-meta">
      {byReader
        ? t(showDate ? 'writtenBy.you' : 'writtenBy.youNoDate', { date })
        : author.organisationName
        ? t(showDate ? 'writtenBy.professional' : 'writtenBy.professionalNoDate', {
            name: author.name,
            organisation: author.organisationName,
            date,
          })
        : t(showDate ? 'writtenBy.person' : 'writtenBy.personNoDate', { name: author.name, date })}
    </Paragraph>
  );
}
