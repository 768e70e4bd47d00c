import { Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblemAlert } from '../../../shared/forms';
import { useRevokeLegalBasis } from '../hooks/use-revoke-legal-basis';

interface RevokeLegalBasisProps {
  legalBasisId: string;
  onDone: (revoked: boolean) => void;
}

/** Revoking ends the access the legal basis gave at once, so it asks first. */
export function RevokeLegalBasis({ legalBasisId, onDone }: RevokeLegalBasisProps) {
  const { t } = useTranslation('legalBases');
  const { revoke, revoking } = useRevokeLegalBasis();
  const [failed, setFailed] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    question.current?.focus();
  }, []);

  const confirm = async () => {
    if (revoking) return;
    setFailed(false);
    if (await revoke(legalBasisId)) onDone(true);
    else setFailed(true);
  };

  return (
    <div className="plan-form plan-form--inline">
      {failed && <FormProblemAlert problem="notFound" />}
      <Paragraph ref={question} tabIndex={-1}>
        {t('revoke.question')}
      </Paragraph>
      <div className="plan-form__actions">
        <Button appearance="primary-action-button" busy={revoking} onClick={() => void confirm()}>
          {revoking ? t('saving') : t('revoke.confirm')}
        </Button>
        <Button appearance="secondary-action-button" onClick={() => onDone(false)}>
          {t('cancel')}
        </Button>
      </div>
    </div>
  );
}
