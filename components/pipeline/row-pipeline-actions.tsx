"use client";
// A role's candidate list: each row's pipeline controls, folded. What every row shares (stages,
// interviewers' load, whether scheduling is open) is sent once through a provider, and a row
// sends only its own four fields: fifty rows used to repeat the controls' markup and props in
// the page's data (about 2 kB a row, most of the role page's weight).
import { createContext, useContext } from "react";
import { LazyApplicationControls, preloadApplicationControls } from "@/components/pipeline/lazy-controls";
import type { Load, StageInterviewer } from "@/components/pipeline/schedule-seats";
import { Fold } from "@/components/ui/fold";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

type Shared = {
  stages: { id: string; name: string; interviewers?: StageInterviewer[] }[];
  load?: Load;
  /** Why scheduling is refused for now (role not open, plan unpublished); null when it isn't. */
  scheduleBlocked: string | null;
  canHire: boolean;
  serverZone: string;
};

const SharedContext = createContext<Shared | null>(null);

export function PipelineActionsProvider({ children, ...shared }: Shared & { children: React.ReactNode }) {
  return <SharedContext.Provider value={shared}>{children}</SharedContext.Provider>;
}

export function RowPipelineActions(row: {
  applicationId: string;
  candidate: string;
  currentStageId: string | null;
  status: ApplicationStatus;
}) {
  const shared = useContext(SharedContext);
  if (!shared) throw new Error("RowPipelineActions needs a PipelineActionsProvider");
  return (
    // Folded: fifty rows of selects and buttons would bury the list; one click opens a row's controls.
    <Fold
      className="group"
      onIntent={preloadApplicationControls}
      summary={
        <summary className="w-fit cursor-pointer text-sm text-primary">
          Pipeline actions<span className="sr-only"> for {row.candidate}</span>
        </summary>
      }
    >
      <div className="mt-2">
        <LazyApplicationControls {...shared} {...row} />
      </div>
    </Fold>
  );
}
