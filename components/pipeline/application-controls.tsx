import { MoveControls } from "@/components/pipeline/move-controls";
import { ScheduleForm } from "@/components/pipeline/schedule-form";
import type { Load, StageInterviewer } from "@/components/pipeline/schedule-seats";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

type Stage = { id: string; name: string; interviewers?: StageInterviewer[] };

type Props = {
  applicationId: string;
  candidate: string;
  stages: Stage[];
  currentStageId: string | null;
  status: ApplicationStatus;
  /** Why scheduling is refused for now (role not open, plan unpublished); null when it isn't. */
  scheduleBlocked?: string | null;
  canHire: boolean;
  serverZone: string;
  load?: Load;
};

/** Per-candidate pipeline controls: scheduling interviews, then (a separate step) moving the candidate. */
export function ApplicationControls({ scheduleBlocked = null, ...p }: Props) {
  const blocked = scheduleBlocked ?? (p.status !== "ACTIVE" ? "Reopen the candidate to schedule interviews." : null);
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-4 sm:grid-cols-2">
      <section aria-label={`Schedule interviews for ${p.candidate}`} className="rounded-md border border-border p-3">
        <h3 className="mb-2 text-sm font-semibold">Schedule interviews</h3>
        <ScheduleForm {...p} blocked={blocked} />
      </section>
      <section aria-label={`Move ${p.candidate}`} className="rounded-md border border-border p-3">
        <h3 className="mb-2 text-sm font-semibold">Move candidate</h3>
        <MoveControls {...p} />
      </section>
    </div>
  );
}
