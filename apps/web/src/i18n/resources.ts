import enAuth from './locales/en/auth.json';
import enCommon from './locales/en/common.json';
import enHome from './locales/en/home.json';
import nlAuth from './locales/nl/auth.json';
import nlCommon from './locales/nl/common.json';
import nlHome from './locales/nl/home.json';
import { Language } from './languages';

/** One namespace per feature, so that a feature's texts live in one file per language. */
const nl = { common: nlCommon, auth: nlAuth, home: nlHome };

// Dutch is the reference: the compiler rejects an English file that lacks a Dutch key.
export const resources: Record<Language, typeof nl> = {
  nl,
  en: { common: enCommon, auth: enAuth, home: enHome },
};

export type Namespace = keyof typeof nl;

export const NAMESPACES = Object.keys(nl) as Namespace[];
