import { Link } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';

interface TableOfContentsProps {
  sections: readonly { id: string; title: string }[];
}

/** Links to the parts of a long page, so that a phone user need not scroll to find one. */
export function TableOfContents({ sections }: TableOfContentsProps) {
  const { t } = useTranslation('portal');
  return (
    <nav aria-label={t('tableOfContents')} className="portal-toc">
      <ul className="link-row">
        {sections.map((section) => (
          <li key={section.id}>
            <Link href={`#${section.id}`}>{section.title}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
