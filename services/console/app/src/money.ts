import i18next from 'i18next';

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A decimal string of money as the reader's locale writes it in its currency. The string goes to Intl as it is
 * (Intl formats decimal strings exactly): money is never turned into a float, and never added up in the browser.
 */
export function formatMoney(amount: string | undefined, currency = 'USD'): string {
  if (amount === undefined) return '';
  const key = `${i18next.language}:${currency}`;
  if (!formats.has(key))
    formats.set(key, new Intl.NumberFormat(i18next.language, { style: 'currency', currency, currencyDisplay: 'code' }));
  return formats.get(key)!.format(amount as unknown as number);
}

export function formatDate(iso: string | undefined): string {
  return iso
    ? new Intl.DateTimeFormat(i18next.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(`${iso.slice(0, 10)}T00:00:00Z`),
      )
    : '';
}
