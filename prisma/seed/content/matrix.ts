export type ClusterKey = "sre" | "platform" | "data-ml" | "security";
export type DomainKey = "observability" | "data-ml" | "automation" | "security-governance";
export type LevelRank = 1 | 2 | 3;
export type Emphasis = "core" | "supporting" | "peripheral";
export const CLUSTER_KEYS: readonly ClusterKey[] = ["sre","platform","data-ml","security"];
export const DOMAIN_KEYS: readonly DomainKey[] = ["observability","data-ml","automation","security-governance"];
export const LEVEL_RANKS: readonly LevelRank[] = [1,2,3];
export const clusters: { key: ClusterKey; name: string; summary: string; emphasis: Record<DomainKey, Emphasis> }[] = [
 {key:"sre",name:"SRE / Reliability",summary:"PLACEHOLDER",emphasis:{observability:"core","data-ml":"supporting",automation:"core","security-governance":"peripheral"}},
 {key:"platform",name:"Platform / Infrastructure",summary:"PLACEHOLDER",emphasis:{observability:"core","data-ml":"supporting",automation:"core","security-governance":"supporting"}},
 {key:"data-ml",name:"Data / ML",summary:"PLACEHOLDER",emphasis:{observability:"supporting","data-ml":"core",automation:"supporting","security-governance":"peripheral"}},
 {key:"security",name:"Security / DevSecOps",summary:"PLACEHOLDER",emphasis:{observability:"supporting","data-ml":"supporting",automation:"supporting","security-governance":"core"}},
];
export const levels: { rank: LevelRank; name: string; summary: string; indicators: string[] }[] = [1,2,3].map((rank) => ({ rank: rank as LevelRank, name: ["Foundational Practitioner","Applied AIOps Engineer","Strategic AIOps Architect"][rank-1]!, summary: "PLACEHOLDER", indicators: [1,2,3,4,5].map((i) => `PLACEHOLDER level ${rank} bullet ${i}`) }));
export const domains: { key: DomainKey; name: string; shortName: string; description: string }[] = [
 {key:"observability",name:"Observability & telemetry",shortName:"Observability",description:"PLACEHOLDER"},
 {key:"data-ml",name:"Data engineering & ML foundations",shortName:"Data literacy",description:"PLACEHOLDER"},
 {key:"automation",name:"Automation & integration",shortName:"Automation",description:"PLACEHOLDER"},
 {key:"security-governance",name:"Security & governance",shortName:"Security",description:"PLACEHOLDER"},
];
const cell = (c: string, d: string, l: number) => [1,2,3].map((i) => `PLACEHOLDER ${c} ${d} L${l} #${i}`);
export const cells = Object.fromEntries(CLUSTER_KEYS.map((c) => [c, Object.fromEntries(DOMAIN_KEYS.map((d) => [d, {1: cell(c,d,1), 2: cell(c,d,2), 3: cell(c,d,3)}]))])) as unknown as Record<ClusterKey, Record<DomainKey, Record<LevelRank, string[]>>>;
