// A domain's name and short name label it wherever it appears (the short name heads the tables
// and charts), so within one matrix version each is unique. Compared as people read them:
// ignoring case and runs of spaces (readingKey).
import { readingKey } from "../validation/text";

export const domainLabelKey = readingKey;

export type DomainWording = { name: string; shortName: string };

/** The first of `fields` another domain of the version already uses, or null. */
export function domainLabelClash(
  others: readonly DomainWording[],
  wording: DomainWording,
  fields: readonly (keyof DomainWording)[] = ["name", "shortName"],
): keyof DomainWording | null {
  return fields.find((f) => others.some((d) => domainLabelKey(d[f]) === domainLabelKey(wording[f]))) ?? null;
}

export const DOMAIN_LABEL_TAKEN: Record<keyof DomainWording, string> = {
  name: "Another domain in the draft has that name.",
  shortName: "Another domain in the draft has that short name: it labels the domain in tables and charts.",
};
