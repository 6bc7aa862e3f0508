// A role's target profile (level and weight per domain, and whether the plan covers it) beside
// its interview plan (stages, focus, interviewers, questions, printable kits).
import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { LevelBadge } from "@/components/ui/level-badge";
import type { RoleDetail } from "@/lib/data/role-page";
import { plural } from "@/lib/utils";

const COVERAGE_BADGE = {
  covered: ["success", "covered"],
  uncovered: ["danger", "not covered"],
  "single-judge": ["warning", "one interviewer"],
  "not-required": ["muted", "not required"],
} as const;

export function RolePlanOverview({ detail }: { detail: RoleDetail }) {
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_2fr]">
      <TargetProfileCard detail={detail} />
      <InterviewPlanCard detail={detail} />
    </div>
  );
}

function TargetProfileCard({ detail: { coverage, targets } }: { detail: RoleDetail }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Target profile</CardTitle>
        <CardDescription>Level the role needs in each domain (weight in the fit score).</CardDescription>
      </CardHeader>
      <CardContent>
        <table className="w-full text-sm">
          <thead className="text-left text-muted-foreground">
            <tr>
              <th scope="col" className="py-1">
                Domain
              </th>
              <th scope="col" className="py-1">
                Target
              </th>
              <th scope="col" className="py-1">
                Weight
              </th>
              <th scope="col" className="py-1">
                Plan
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {coverage.rows.map((r) => {
              const [variant, label] = COVERAGE_BADGE[r.status];
              return (
                <tr key={r.domainId}>
                  <th scope="row" className="py-2 text-left font-medium">
                    {r.name}
                  </th>
                  <td className="py-2">
                    <LevelBadge level={r.target} zeroLabel="—" />
                  </td>
                  <td className="py-2">×{targets.find((t) => t.domainId === r.domainId)?.weight}</td>
                  <td className="py-2">
                    <Badge variant={variant}>{label}</Badge>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {coverage.uncovered.length ? (
          <p className="mt-3 text-sm text-danger">
            The plan cannot be published until every targeted domain is covered.
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}

function InterviewPlanCard({ detail: { role, canEdit, domainName } }: { detail: RoleDetail }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Interview plan</CardTitle>
        <CardDescription>
          {plural(role.stages.length, "stage")} · {role.planPublishedAt ? "published" : "not published"}
          {canEdit ? (
            <>
              {" "}
              ·{" "}
              <Link href={`/roles/${role.id}/plan`} className="text-primary underline underline-offset-4">
                Edit plan
              </Link>
            </>
          ) : null}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <ol className="grid gap-4">
          {role.stages.map((s, i) => (
            <li key={s.id} className="rounded-md border border-border p-3">
              <p className="font-medium">
                {i + 1}. {s.name}{" "}
                <span className="text-sm font-normal text-muted-foreground">
                  · {s.kind.replace("_", " ").toLowerCase()} · {s.durationMinutes} min
                </span>
              </p>
              <p className="mt-1 text-sm">
                {s.domains.length
                  ? `Focus: ${s.domains.map((d) => domainName(d.domainId)).join(", ")}`
                  : "No focus domains: not scored (its scorecard asks for a recommendation and notes only)."}
              </p>
              <p className="text-sm text-muted-foreground">
                Interviewers: {s.interviewers.map((x) => x.user.name).join(", ") || "none yet"}
              </p>
              {s.questions.length ? (
                <p className="text-sm text-muted-foreground">
                  {s.questions.length} {s.questions.length === 1 ? "question" : "questions"} from the bank
                </p>
              ) : null}
              <Link
                href={`/roles/${role.id}/plan/kit/${s.id}`}
                className="text-sm text-primary underline underline-offset-4"
              >
                Printable interview kit
              </Link>
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
