// The currencies a role's salary band may be in (ISO 4217), without the schema library: the
// salary fields' select imports this list into the browser.
export const CURRENCIES = [
  "USD",
  "EUR",
  "GBP",
  "CAD",
  "AUD",
  "CHF",
  "SEK",
  "NOK",
  "DKK",
  "PLN",
  "INR",
  "SGD",
  "JPY",
] as const;
export type Currency = (typeof CURRENCIES)[number];
export const DEFAULT_CURRENCY: Currency = "USD";

/** A stored code as one of the list's (a code stored before the list, or by hand, reads as the default). */
export function asCurrency(code: string | null | undefined): Currency {
  return (CURRENCIES as readonly string[]).includes(code ?? "") ? (code as Currency) : DEFAULT_CURRENCY;
}
