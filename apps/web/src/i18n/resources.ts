import enAccountActivation from './locales/en/account-activation.json';
import enAdministration from './locales/en/administration.json';
import enAuth from './locales/en/auth.json';
import enCommon from './locales/en/common.json';
import enConsent from './locales/en/consent.json';
import enFamilyPlan from './locales/en/family-plan.json';
import enFamilyPortal from './locales/en/family-portal.json';
import enFamilySearch from './locales/en/family-search.json';
import enFamilySetup from './locales/en/family-setup.json';
import enHome from './locales/en/home.json';
import enInvolvements from './locales/en/involvements.json';
import enLegalBases from './locales/en/legal-bases.json';
import enNetwork from './locales/en/network.json';
import enNotifications from './locales/en/notifications.json';
import enOverview from './locales/en/overview.json';
import enPasswordReset from './locales/en/password-reset.json';
import enPlanItems from './locales/en/plan-items.json';
import enPlanPrint from './locales/en/plan-print.json';
import enPortal from './locales/en/portal.json';
import enPortalInvitation from './locales/en/portal-invitation.json';
import enShared from './locales/en/shared.json';
import enSignals from './locales/en/signals.json';
import enVocabulary from './locales/en/vocabulary.json';
import nlAccountActivation from './locales/nl/account-activation.json';
import nlAdministration from './locales/nl/administration.json';
import nlAuth from './locales/nl/auth.json';
import nlCommon from './locales/nl/common.json';
import nlConsent from './locales/nl/consent.json';
import nlFamilyPlan from './locales/nl/family-plan.json';
import nlFamilyPortal from './locales/nl/family-portal.json';
import nlFamilySearch from './locales/nl/family-search.json';
import nlFamilySetup from './locales/nl/family-setup.json';
import nlHome from './locales/nl/home.json';
import nlInvolvements from './locales/nl/involvements.json';
import nlLegalBases from './locales/nl/legal-bases.json';
import nlNetwork from './locales/nl/network.json';
import nlNotifications from './locales/nl/notifications.json';
import nlOverview from './locales/nl/overview.json';
import nlPasswordReset from './locales/nl/password-reset.json';
import nlPlanItems from './locales/nl/plan-items.json';
import nlPlanPrint from './locales/nl/plan-print.json';
import nlPortal from './locales/nl/portal.json';
import nlPortalInvitation from './locales/nl/portal-invitation.json';
import nlShared from './locales/nl/shared.json';
import nlSignals from './locales/nl/signals.json';
import nlVocabulary from './locales/nl/vocabulary.json';
import { Language } from './languages';

/** One namespace per feature, so that a feature's texts live in one file per language. */
const nl = {
  common: nlCommon,
  auth: nlAuth,
  home: nlHome,
  portal: nlPortal,
  familyPortal: nlFamilyPortal,
  network: nlNetwork,
  overview: nlOverview,
  notifications: nlNotifications,
  familyPlan: nlFamilyPlan,
  familySetup: nlFamilySetup,
  familySearch: nlFamilySearch,
  planItems: nlPlanItems,
  planPrint: nlPlanPrint,
  involvements: nlInvolvements,
  legalBases: nlLegalBases,
  consent: nlConsent,
  accountActivation: nlAccountActivation,
  passwordReset: nlPasswordReset,
  administration: nlAdministration,
  portalInvitation: nlPortalInvitation,
  signals: nlSignals,
  vocabulary: nlVocabulary,
  shared: nlShared,
};

// Dutch is the reference: the compiler rejects an English file that lacks a Dutch key.
export const resources: Record<Language, typeof nl> = {
  nl,
  en: {
    common: enCommon,
    auth: enAuth,
    home: enHome,
    portal: enPortal,
    familyPortal: enFamilyPortal,
    network: enNetwork,
    overview: enOverview,
    notifications: enNotifications,
    familyPlan: enFamilyPlan,
    familySetup: enFamilySetup,
    familySearch: enFamilySearch,
    planItems: enPlanItems,
    planPrint: enPlanPrint,
    involvements: enInvolvements,
    legalBases: enLegalBases,
    consent: enConsent,
    accountActivation: enAccountActivation,
    passwordReset: enPasswordReset,
    administration: enAdministration,
    portalInvitation: enPortalInvitation,
    signals: enSignals,
    vocabulary: enVocabulary,
    shared: enShared,
  },
};

export type Namespace = keyof typeof nl;

export const NAMESPACES = Object.keys(nl) as Namespace[];
