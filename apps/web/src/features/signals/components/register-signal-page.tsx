import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SignalMatchFieldsFragment } from '../../../graphql/generated/graphql';
import { RouterLink } from '../../../shared/components/router-link';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';
import { MatchCard } from './match-card';
import { RegisterSignalForm } from './register-signal-form';

/** /signalen/afgeven — register a signal, and see straight away whether there is a match. */
export function RegisterSignalPage() {
  const { t } = useTranslation('signals');
  usePageTitle(t('register.title'));
  const [result, setResult] = useState<SignalMatchFieldsFragment | null>(null);
  // The form again, empty, for another young person.
  const [formKey, setFormKey] = useState(0);

  return (
    <>
      <Paragraph>
        <RouterLink to={PATHS.signals}>{t('register.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('register.title')}</Heading>
      {result ? (
        <RegisterResult
          match={result}
          onAnother={() => {
            setResult(null);
            setFormKey((key) => key + 1);
          }}
        />
      ) : (
        <>
          <Paragraph purpose="lead">{t('register.intro')}</Paragraph>
          <RegisterSignalForm key={formKey} onRegistered={setResult} />
        </>
      )}
    </>
  );
}

function RegisterResult({ match, onAnother }: { match: SignalMatchFieldsFragment; onAnother: () => void }) {
  const { t } = useTranslation('signals');
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="signal-result" aria-labelledby={headingId}>
      <Heading level={2} id={headingId} ref={heading} tabIndex={-1}>
        {t('register.done.title')}
      </Heading>
      <Paragraph>{match.isMatch ? t('register.done.match') : t('register.done.noMatch')}</Paragraph>
      <MatchCard match={match} headingLevel={3} />
      <div className="signals-actions">
        <RouterLink to={PATHS.signals}>{t('register.done.toSignals')}</RouterLink>
        <Button appearance="secondary-action-button" onClick={onAnother}>
          {t('register.done.another')}
        </Button>
      </div>
    </section>
  );
}
