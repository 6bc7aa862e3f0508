"use client";
// A client component on purpose: the rows come as compact tuples (lib/candidates/role-candidate-rows.ts)
// and the markup is built from them, on the server for the HTML and in the browser when it hydrates.
// Inside a PipelineActionsProvider when any row has controls.
import Link from "@/components/ui/link";
import { RowPipelineActions } from "@/components/pipeline/row-pipeline-actions";
import type { RoleCandidateRow } from "@/lib/candidates/role-candidate-rows";
import { plural } from "@/lib/counts";

const LINK = "text-primary underline underline-offset-4";

export function RoleCandidateList({ rows }: { rows: RoleCandidateRow[] }) {
  return (
    <ul className="divide-y divide-border rounded-lg border border-border bg-card">
      {rows.map(([id, name, detail, standing, interviews, controls]) => (
        <li key={id} className="grid grid-cols-[minmax(0,1fr)] gap-2 p-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            {/* Every row listed is one this viewer may open (all of them, or those they interview). */}
            <span>
              <Link href={`/candidates/${id}`} className="font-medium text-primary underline-offset-4 hover:underline">
                {name}
              </Link>
              {detail ? <span className="block text-xs text-muted-foreground">{detail}</span> : null}
            </span>
            <span className="text-sm text-muted-foreground">
              {standing} ·{" "}
              <Link href={`/candidates/${id}#interviews`} className={LINK}>
                {plural(interviews, "interview")}
              </Link>
            </span>
          </div>
          {controls ? (
            <RowPipelineActions applicationId={id} candidate={name} currentStageId={controls[0]} status={controls[1]} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
