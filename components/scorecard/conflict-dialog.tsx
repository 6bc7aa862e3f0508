"use client";
import * as Dialog from "@radix-ui/react-dialog";
import { Button } from "@/components/ui/button";
import type { InterviewKit } from "@/lib/data/interview-kit";
import type { ServerCopy } from "@/lib/scorecards/service";
import { RECOMMENDATION_LABEL, type ScorecardValues } from "@/lib/validation/scorecard";

const ratingLabel = (r: string) => (r === "" ? "not rated" : r === "na" ? "not assessed" : r === "0" ? "below L1" : `Level ${r}`);
const recLabel = (r: string) => (r ? RECOMMENDATION_LABEL[r as keyof typeof RECOMMENDATION_LABEL] : "none");

/** Shows both versions of a draft edited in two places; the user picks, nothing is dropped silently. */
export function ConflictDialog({ domains, local, server, onKeepLocal, onUseServer }: { domains: InterviewKit["domains"]; local: ScorecardValues; server: ServerCopy; onKeepLocal: () => void; onUseServer: () => void }) {
  const serverSubmitted = server.status === "SUBMITTED";
  return (
    <Dialog.Root open>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content className="fixed inset-x-2 top-4 bottom-4 z-50 mx-auto flex max-w-3xl flex-col overflow-hidden rounded-lg bg-card shadow-xl sm:inset-x-4 sm:top-10 sm:bottom-10">
          <div className="border-b border-border p-4">
            <Dialog.Title className="text-lg font-semibold">This scorecard was changed somewhere else</Dialog.Title>
            <Dialog.Description className="text-sm text-muted-foreground">
              {serverSubmitted ? "It has been submitted from another tab or device. Your version below is kept until you choose." : "Another tab or device saved a different version. Compare them and choose which to keep."}
            </Dialog.Description>
          </div>
          <div className="flex-1 overflow-y-auto p-4">
            <table className="w-full text-sm">
              <thead><tr className="text-left"><th scope="col" className="w-1/4 pb-2">Domain</th><th scope="col" className="pb-2">This device</th><th scope="col" className="pb-2">Saved elsewhere (v{server.version})</th></tr></thead>
              <tbody className="divide-y divide-border align-top">
                {domains.map((d) => {
                  const a = local.scores.find((s) => s.domainId === d.domainId);
                  const b = server.values.scores.find((s) => s.domainId === d.domainId);
                  return (
                    <tr key={d.domainId}>
                      <th scope="row" className="py-2 pr-2 text-left font-medium">{d.shortName}</th>
                      <td className="py-2 pr-2"><strong>{ratingLabel(a?.rating ?? "")}</strong><p className="whitespace-pre-wrap text-muted-foreground">{a?.evidence || "—"}</p></td>
                      <td className="py-2"><strong>{ratingLabel(b?.rating ?? "")}</strong><p className="whitespace-pre-wrap text-muted-foreground">{b?.evidence || "—"}</p></td>
                    </tr>
                  );
                })}
                <tr><th scope="row" className="py-2 text-left font-medium">Recommendation</th><td className="py-2">{recLabel(local.recommendation)}</td><td className="py-2">{recLabel(server.values.recommendation)}</td></tr>
              </tbody>
            </table>
          </div>
          <div className="flex flex-col gap-2 border-t border-border p-4 sm:flex-row sm:justify-end">
            <Button variant="outline" onClick={onUseServer}>Use the version saved elsewhere</Button>
            {serverSubmitted ? null : <Button onClick={onKeepLocal}>Keep this device&apos;s version</Button>}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
