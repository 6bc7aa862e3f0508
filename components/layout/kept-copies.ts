// What sign-out found unsaved on this device, and how the dialog says it.
export type Kept = {
  key: string;
  kind: "scorecard" | "plan" | "job description" | "role" | "decision";
  href: string;
  label: string;
}[];

/** "2 scorecards have changes the server does not have (…). 1 interview plan has edits not saved." */
export function describeKept(kept: Kept): string {
  const cards = kept.filter((k) => k.kind === "scorecard").length;
  const plans = kept.filter((k) => k.kind === "plan").length;
  const ads = kept.filter((k) => k.kind === "job description").length;
  const roles = kept.filter((k) => k.kind === "role").length;
  const decisions = kept.filter((k) => k.kind === "decision").length;
  const parts: string[] = [];
  if (cards)
    parts.push(
      `${cards === 1 ? "One scorecard has" : `${cards} scorecards have`} changes the server does not have (offline, signed out, changed elsewhere, or an amendment not yet saved).`,
    );
  if (plans)
    parts.push(
      `${plans === 1 ? "One interview plan has" : `${plans} interview plans have`} edits that were never saved.`,
    );
  if (ads)
    parts.push(
      `${ads === 1 ? "One job description has" : `${ads} job descriptions have`} edits that were never saved.`,
    );
  if (roles) parts.push(`${roles === 1 ? "One role has" : `${roles} roles have`} edits that were never saved.`);
  if (decisions)
    parts.push(`${decisions === 1 ? "One decision was" : `${decisions} decisions were`} typed and never recorded.`);
  return parts.join(" ");
}
