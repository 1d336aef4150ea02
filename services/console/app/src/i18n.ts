import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';

// Every string of the app is in a catalogue (English first; sq, sr-Latn, mk, bs to follow as more catalogues).
void i18next.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en } },
  interpolation: { escapeValue: false },
});

export const i18n = i18next;
const numbers = new Map<string, Intl.NumberFormat>();

/** A decimal string as the reader's locale writes it, without ever turning it into a float for sums. */
export function formatAmount(amount: string): string {
  const language = i18next.language;
  if (!numbers.has(language)) numbers.set(language, new Intl.NumberFormat(language, { maximumFractionDigits: 6 }));
  // Display only: formatting a decimal string never adds values in the browser.
  return numbers.get(language)!.format(amount as unknown as number);
}

export function formatDateTime(iso: string | undefined): string {
  return iso
    ? new Intl.DateTimeFormat(i18next.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
    : '';
}
