import type { DomainKey, LevelRank } from "./matrix";
export type SeedQuestion = { key: string; domainKey: DomainKey; level: LevelRank; prompt: string; answers: { 1: string; 2: string; 3: string } };
const D: DomainKey[] = ["observability","data-ml","automation","security-governance"];
export const questionBank: SeedQuestion[] = D.flatMap((d) => ([1,2,3] as LevelRank[]).flatMap((l) => [1,2,3].map((i) => ({ key: `${d}-${l}-${i}`, domainKey: d, level: l, prompt: `PLACEHOLDER question ${d} L${l} ${i}`, answers: { 1: "a1", 2: "a2", 3: "a3" } }))));
