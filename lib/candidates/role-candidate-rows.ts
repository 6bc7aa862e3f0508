// A role page's candidate list as the browser receives it: one compact tuple a row, for the
// client list (components/roles/role-candidate-list.tsx). Server-rendered, each row travelled
// twice, as HTML and again as its element tree in the page's data (about 0.85 kB a row at
// 10,000 candidates); as tuples the data carries about 0.2 kB a row.
import { standingText } from "../applications/status";
import type { ApplicationStatus } from "../generated/prisma/enums";
import type { RoleApplicationRow } from "../data/role-applications";
import { sameNameDetails } from "./same-names";

/** The row's pipeline controls' input (the real status and stage), or null when the viewer gets none. */
export type RoleCandidateControls = [currentStageId: string | null, status: ApplicationStatus];
/**
 * id, name, what tells two of one name apart ("added 3 Dec 2026") or null, where the candidate
 * stands ("Platform screen", "hired"), the interviews counted, the controls.
 */
export type RoleCandidateRow = [
  id: string,
  name: string,
  sameNameDetail: string | null,
  standing: string,
  interviews: number,
  controls: RoleCandidateControls | null,
];

export function roleCandidateRows(
  rows: RoleApplicationRow[],
  stages: readonly { id: string; name: string }[],
  opts: { timeZone: string; canManage: boolean },
): RoleCandidateRow[] {
  const sameName = sameNameDetails(rows, opts.timeZone);
  return rows.map((a) => [
    a.id,
    a.name,
    sameName.get(a.id) ?? null,
    standingText(a.status, stages.find((s) => s.id === a.currentStageId)?.name),
    a.interviews,
    // Controls act on the real status, which this viewer can't see until they have submitted their scorecard.
    opts.canManage && a.status !== "CLOSED" && !a.erased ? [a.currentStageId, a.status] : null,
  ]);
}
