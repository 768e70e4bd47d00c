import { SkipLink } from '@rijkshuisstijl-community/components-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';
import { useFocusOnNavigation } from './use-focus-on-navigation';

const MAIN_ID = 'main';

/** The frame of every page: skip link, header, main content, footer. */
export function AppLayout() {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(main);
  return (
    <div className="app-layout">
      <SkipLink href={`#${MAIN_ID}`}>{t('skipLink')}</SkipLink>
      <AppHeader />
      {/* tabIndex -1: the skip link and route changes can focus it; the keyboard's tab order skips it. */}
      <main id={MAIN_ID} ref={main} tabIndex={-1} className="app-layout__main rhc-margin-block-end-wrapper">
        <Outlet />
      </main>
      <AppFooter />
    </div>
  );
}
