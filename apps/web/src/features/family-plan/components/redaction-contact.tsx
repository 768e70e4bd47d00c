import { Link } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';

interface RedactionContactProps {
  phone: string | null;
  email: string | null;
}

/** How to reach whom a professional should ask about information they may not read. */
export function RedactionContact({ phone, email }: RedactionContactProps) {
  const { t } = useTranslation('familyPlan');
  if (!phone && !email) return null;
  return (
    <p className="redaction-notice__contact">
      {phone && (
        <>
          {t('redaction.phone')} <Link href={`tel:${phone}`}>{phone}</Link>
        </>
      )}
      {phone && email && ' · '}
      {email && (
        <>
          {t('redaction.email')} <Link href={`mailto:${email}`}>{email}</Link>
        </>
      )}
    </p>
  );
}
