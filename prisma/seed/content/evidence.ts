import type { DomainKey } from "./matrix";
const D: DomainKey[] = ["observability","data-ml","automation","security-governance"];
export const evidenceLibrary = Object.fromEntries(D.map((d) => [d, Object.fromEntries([0,1,2,3].map((r) => [r, [1,2,3,4].map((i) => `PLACEHOLDER evidence for ${d} rated ${r}, snippet ${i}, long enough to pass the minimum.`)]))])) as unknown as Record<DomainKey, Record<0 | 1 | 2 | 3, string[]>>;
export const candidateProfiles: { name: string; email: string; source: string; headline: string }[] = Array.from({ length: 14 }, (_, i) => ({ name: `Candidate ${i + 1}`, email: `candidate${i + 1}@example.com`, source: "Referral", headline: "PLACEHOLDER" }));
