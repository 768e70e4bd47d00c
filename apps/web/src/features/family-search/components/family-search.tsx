import { Alert, Button, FormFieldTextInput, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';
import { formatDate } from '../../../i18n/format-date';
import { inputValue } from '../../../shared/components/input-value';
import { RouterLink } from '../../../shared/components/router-link';
import { PATHS } from '../../../shared/paths';
import { useFamilySearch } from '../hooks/use-family-search';

const MINIMUM_LENGTH = 2;

/** A professional finds one of their own families by family name, a member's name or a date of birth. */
export function FamilySearch() {
  const { t } = useTranslation('familySearch');
  const { language } = useLanguage();
  const { search, results, searching, failed } = useFamilySearch();
  const [text, setText] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const [searchedFor, setSearchedFor] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const wanted = text.trim();
    setTooShort(wanted.length < MINIMUM_LENGTH);
    if (wanted.length < MINIMUM_LENGTH) return;
    setSearchedFor(wanted);
    void search(wanted);
  };

  return (
    <section aria-labelledby="family-search-title" className="family-search">
      <Heading level={2} id="family-search-title">
        {t('title')}
      </Heading>
      <form role="search" aria-labelledby="family-search-title" noValidate onSubmit={submit}>
        <FormFieldTextInput
          name="family-search"
          type="search"
          label={t('label')}
          description={t('description')}
          value={text}
          onChange={(event) => setText(inputValue(event))}
          invalid={tooShort}
          errorMessage={tooShort ? t('tooShort', { minimum: MINIMUM_LENGTH }) : undefined}
        />
        <Button type="submit" appearance="secondary-action-button" busy={searching}>
          {t('submit')}
        </Button>
      </form>
      <div role="status">
        {failed && (
          <Alert type="error">
            <Paragraph>{t('failed')}</Paragraph>
          </Alert>
        )}
        {results && searchedFor && !searching && (
          <Paragraph>{t('count', { count: results.length, text: searchedFor })}</Paragraph>
        )}
      </div>
      {results && results.length > 0 && (
        <ul className="family-search__results">
          {results.map((family) => (
            <li key={family.familyId}>
              <RouterLink to={PATHS.familyPlan.replace(':familyId', family.familyId)}>{family.name}</RouterLink>
              {family.matchingMembers.length > 0 && (
                <ul>
                  {family.matchingMembers.map((member) => (
                    <li key={member.id}>
                      {t('member', {
                        name: `${member.givenName} ${member.familyName}`,
                        date: formatDate(new Date(`${member.dateOfBirth}T12:00:00Z`), language),
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
