"use client";
import Link from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { moveRoleAction } from "@/lib/matrix/actions";
import { Button } from "@/components/ui/button";
import type { RoleMove } from "@/lib/matrix/move-role";
import { DiffSummary } from "./diff-view";
import { useRunner } from "./use-runner";

type Props = {
  roleId: string;
  title: string;
  fromId: string;
  fromNumber: number | null;
  toId: string;
  toNumber: number;
  showFullDiff?: boolean;
  /** Where to go after the move when this page stops showing the mover (it confirms the move itself). */
  doneHref?: string;
};

/** Preview what a role would see change, then move it. Its scorecards keep their version. */
export function MoveRole({ roleId, title, fromId, fromNumber, toId, toNumber, showFullDiff = true, doneHref }: Props) {
  const router = useRouter();
  const { pending, error, run } = useRunner();
  const [preview, setPreview] = useState<RoleMove | null>(null);
  const [done, setDone] = useState(false);
  if (done)
    return (
      <p role="status" className="text-sm">
        Moved to version {toNumber}.
      </p>
    );
  return (
    <div className="grid gap-2">
      {!preview ? (
        <Button
          size="sm"
          variant="outline"
          disabled={pending}
          onClick={() =>
            run(
              () => moveRoleAction({ roleId, versionId: toId, dryRun: true }),
              (res) => setPreview(res),
            )
          }
        >
          Review move to version {toNumber}
        </Button>
      ) : (
        <div
          role="group"
          aria-label={`Move ${title} to version ${toNumber}`}
          className="grid gap-2 rounded-md bg-muted p-3 text-sm"
        >
          <p>
            For this role&apos;s cluster, version {preview.toNumber} differs from version {fromNumber}:
          </p>
          <DiffSummary diff={preview.diff} />
          {preview.warnings.length > 0 ? (
            <ul className="list-disc pl-5 text-amber-900">
              {preview.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          ) : null}
          <p className="text-muted-foreground">Scorecards already written keep version {fromNumber}.</p>
          <div className="flex flex-wrap items-center gap-2">
            <Button
              size="sm"
              disabled={pending}
              onClick={() =>
                run(
                  () => moveRoleAction({ roleId, versionId: toId }),
                  () => {
                    // Fresh server data either way: the page shows the version the role is on now.
                    if (doneHref) return router.replace(doneHref);
                    setDone(true);
                    router.refresh();
                  },
                )
              }
            >
              Move role
            </Button>
            <Button size="sm" variant="outline" onClick={() => setPreview(null)}>
              Cancel
            </Button>
            {showFullDiff ? (
              <Link
                href={`/admin/matrix/diff?from=${fromId}&to=${toId}`}
                className="text-primary underline underline-offset-4"
              >
                Full diff
              </Link>
            ) : null}
          </div>
        </div>
      )}
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
