// Interview plan coverage: every targeted domain must be judged by at least one stage that
// has an interviewer (a stage nobody runs judges nothing, e.g. after its interviewers left the
// team), and a domain targeted at Level 2+ should be judged by more than one interviewer.

export type PlanStage = { id: string; name: string; domainIds: string[]; interviewerIds: string[] };
export type PlanTarget = { domainId: string; name: string; level: number };

export type CoverageRow = {
  domainId: string;
  name: string;
  target: number;
  stages: string[];
  interviewers: number;
  status: "covered" | "uncovered" | "single-judge" | "not-required";
};

export type Coverage = { rows: CoverageRow[]; uncovered: CoverageRow[]; warnings: CoverageRow[]; publishable: boolean };

export function planCoverage(targets: PlanTarget[], stages: PlanStage[]): Coverage {
  const rows = targets.map((t): CoverageRow => {
    const covering = stages.filter((s) => s.domainIds.includes(t.domainId) && s.interviewerIds.length > 0);
    const judges = new Set(covering.flatMap((s) => s.interviewerIds));
    let status: CoverageRow["status"] = "covered";
    if (t.level === 0) status = "not-required";
    else if (covering.length === 0) status = "uncovered";
    else if (t.level >= 2 && judges.size < 2) status = "single-judge";
    return {
      domainId: t.domainId,
      name: t.name,
      target: t.level,
      stages: covering.map((s) => s.name),
      interviewers: judges.size,
      status,
    };
  });
  const uncovered = rows.filter((r) => r.status === "uncovered");
  return {
    rows,
    uncovered,
    warnings: rows.filter((r) => r.status === "single-judge"),
    publishable: uncovered.length === 0 && stages.length > 0,
  };
}
