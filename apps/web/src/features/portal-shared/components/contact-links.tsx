import { Link } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';

interface ContactLinksProps {
  phone?: string | null;
  email?: string | null;
}

/** A phone number to tap and an e-mail address to write to, each labelled for who reads or hears it. */
export function ContactLinks({ phone, email }: ContactLinksProps) {
  const { t } = useTranslation('portal');
  if (!phone && !email) return null;
  return (
    <ul className="bare-list portal-contact">
      {phone && (
        <li>
          {t('contact.phone')}{' '}
          <Link href={`tel:${phone.replace(/[^+\d]/g, '')}`}>{phone}</Link>
        </li>
      )}
      {email && (
        <li>
          {t('contact.email')}{' '}
          <Link href={`mailto:${email}`}>{email}</Link>
        </li>
      )}
    </ul>
  );
}
