import { Alert, Button, FormFieldTextInput, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inputValue } from '../../../shared/components/input-value';
import { RouterLink } from '../../../shared/components/router-link';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';
import { LookUpResult, useSignalLookUp } from '../hooks/use-signal-look-up';
import { isNineDigits, normaliseBsn } from '../utils/signal-form';
import { MatchCard } from './match-card';

/**
 * /signalen/zoeken — a young person's signals by BSN, only through a signal
 * of my own. Otherwise one neutral answer, the same whether or not anyone
 * else signalled them.
 */
export function SignalLookUpPage() {
  const { t } = useTranslation('signals');
  usePageTitle(t('lookUp.title'));
  const { lookUp, searching } = useSignalLookUp();
  const [bsn, setBsn] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [result, setResult] = useState<LookUpResult | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const resultHeadingId = useId();

  useEffect(() => {
    if (invalid) field.current?.focus();
  }, [invalid]);
  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (searching) return;
    setResult(null);
    const valid = isNineDigits(bsn);
    setInvalid(!valid);
    if (valid) setResult(await lookUp(normaliseBsn(bsn)));
  };

  return (
    <>
      <Paragraph>
        <RouterLink to={PATHS.signals}>{t('lookUp.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('lookUp.title')}</Heading>
      <Paragraph purpose="lead">{t('lookUp.intro')}</Paragraph>
      <form className="page-form signal-form signal-form--inline" role="search" noValidate onSubmit={(event) => void submit(event)}>
        <FormFieldTextInput
          name="bsn"
          label={t('lookUp.bsn')}
          description={t('lookUp.bsnDescription')}
          autoComplete="off"
          value={bsn}
          invalid={invalid}
          errorMessage={t('lookUp.bsnError')}
          inputRef={field}
          onChange={(event) => setBsn(inputValue(event))}
        />
        <div className="page-form__actions">
          <Button type="submit" appearance="primary-action-button" busy={searching}>
            {searching ? t('lookUp.searching') : t('lookUp.submit')}
          </Button>
        </div>
      </form>
      {result && (
        <section className="signal-result" aria-labelledby={resultHeadingId}>
          <Heading level={2} id={resultHeadingId} ref={resultHeading} tabIndex={-1}>
            {t('lookUp.resultTitle')}
          </Heading>
          {result.kind === 'found' && <MatchCard match={result.match} headingLevel={3} />}
          {result.kind === 'nothing' && (
            <>
              <Paragraph>{t('lookUp.nothing')}</Paragraph>
              <Paragraph>
                <RouterLink to={PATHS.registerSignal}>{t('page.register')}</RouterLink>
              </Paragraph>
            </>
          )}
          {result.kind === 'unavailable' && (
            <Alert type="error" role="alert">
              <Paragraph>{t('lookUp.unavailable')}</Paragraph>
            </Alert>
          )}
        </section>
      )}
    </>
  );
}
