"use client";
import * as Dialog from "@radix-ui/react-dialog";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { ScorecardFormKit } from "@/lib/data/interview-kit";
import { mergeScorecards, topicsOf } from "@/lib/scorecards/merge";
import type { ServerCopy } from "@/lib/scorecards/service";
import { textDifference, type TextSegment } from "@/lib/scorecards/text-difference";
import type { ScorecardValues } from "@/lib/validation/scorecard";
import { ratingLabel, recommendationLabel as recLabel } from "@/lib/validation/scorecard-rules";

type Domain = ScorecardFormKit["domains"][number];
type Score = ScorecardValues["scores"][number] | undefined;

const MARK = "rounded-sm bg-warning/20 text-foreground";

function Marked({ when, children }: { when: boolean; children: ReactNode }) {
  return when ? <mark className={MARK}>{children}</mark> : children;
}

/** One side's text with the words the other side lacks marked (or plain, when marks would not help). */
function MarkedText({ text, segments }: { text: string; segments: TextSegment[] | undefined }) {
  if (!text) return "—";
  if (!segments) return text;
  return segments.map((s, i) =>
    s.differs ? (
      <mark key={i} className={MARK}>
        {s.text}
      </mark>
    ) : (
      s.text
    ),
  );
}

function ScoreCell({ domain, score, other }: { domain: Domain; score: Score; other: Score }) {
  // Ticked indicators by their words (and level), so two versions can really be compared.
  const ticked = domain.levels.flatMap((l) =>
    l.indicators.filter((i) => score?.observedIndicatorIds.includes(i.id)).map((i) => ({ ...i, level: l.level })),
  );
  const rating = ratingLabel(score?.rating ?? "");
  const evidence = score?.evidence ?? "";
  const segments = textDifference(evidence, other?.evidence ?? "")?.mine;
  return (
    <td className="pt-1 pr-2 pb-2">
      <strong>
        <Marked when={rating !== ratingLabel(other?.rating ?? "")}>{rating}</Marked>
      </strong>
      <p dir="auto" className="text-start whitespace-pre-wrap text-muted-foreground">
        <MarkedText text={evidence} segments={segments} />
      </p>
      {ticked.length > 0 ? (
        <>
          <p className="mt-1 text-xs font-medium">Indicators ticked ({ticked.length})</p>
          <ul className="list-disc pl-4 text-xs text-muted-foreground">
            {ticked.map((i) => (
              <li key={i.id}>
                <Marked when={!other?.observedIndicatorIds.includes(i.id)}>
                  L{i.level}: {i.text}
                </Marked>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-1 text-xs text-muted-foreground">No indicators ticked</p>
      )}
    </td>
  );
}

/** One topic (a domain, the recommendation, the note): its name over the two versions side by side. */
function Topic({ name, children }: { name: string; children: ReactNode }) {
  return (
    <tbody className="border-t border-border align-top">
      <tr>
        <th scope="colgroup" colSpan={2} className="pt-2 text-left font-medium">
          {name}
        </th>
      </tr>
      <tr>{children}</tr>
    </tbody>
  );
}

/**
 * Shows both versions of a scorecard edited in two places; the user picks, nothing is dropped
 * silently. With `base` (what both started from) only the topics both changed are shown: the rest
 * is merged whichever they pick (the form applies the choice with mergeScorecards). When the
 * other version was already submitted, this device's answers can become an amendment (which asks
 * for a reason) instead of being lost.
 */
export function ConflictDialog({
  domains,
  local,
  server,
  base,
  onKeepLocal,
  onUseServer,
  onAmendWithLocal,
}: {
  domains: ScorecardFormKit["domains"];
  local: ScorecardValues;
  server: ServerCopy;
  base: ScorecardValues | null;
  onKeepLocal: () => void;
  onUseServer: () => void;
  onAmendWithLocal: () => void;
}) {
  const serverSubmitted = server.status === "SUBMITTED";
  // Where the keyboard was when the dialog opened (the box being typed in): a choice gives focus back
  // there, not to the top of the page.
  const [returnTo] = useState(() => (typeof document === "undefined" ? null : (document.activeElement as HTMLElement)));
  const choose = (fn: () => void) => () => {
    fn();
    requestAnimationFrame(() => {
      if (returnTo?.isConnected && returnTo !== document.body) returnTo.focus();
    });
  };
  // The topics to compare: those both versions changed, when what they started from is known.
  const both =
    base && !serverSubmitted ? new Set(topicsOf(mergeScorecards(base, local, server.values).conflicts)) : null;
  const shown = (topic: string) => !both || both.has(topic);
  const noteDifference = textDifference(local.privateNote, server.values.privateNote);
  const recommendationDiffers = local.recommendation !== server.values.recommendation;
  return (
    <Dialog.Root open>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content
          // The dialog opens while someone types (a save found the conflict): focus on a choice
          // made the next space or Enter choose it, and "Use the version saved elsewhere", first,
          // threw the typed words away (round W). The box itself takes focus; Tab reaches the choices.
          onOpenAutoFocus={(e) => {
            e.preventDefault();
            (e.currentTarget as HTMLElement | null)?.focus();
          }}
          className="fixed inset-x-2 top-4 z-50 mx-auto flex max-h-[calc(100dvh-2rem)] max-w-3xl flex-col overflow-hidden rounded-lg bg-card shadow-xl sm:inset-x-4 sm:top-10 sm:max-h-[calc(100dvh-5rem)]"
        >
          <div className="border-b border-border p-4">
            <Dialog.Title className="text-lg font-semibold">
              {serverSubmitted
                ? "This scorecard was already submitted, with different answers"
                : "This scorecard was changed somewhere else"}
            </Dialog.Title>
            <Dialog.Description className="text-sm text-muted-foreground">
              {serverSubmitted
                ? "It was submitted from another tab or device. Your answers on this device are kept until you choose: amend the submitted scorecard with them (you will be asked why), or discard them."
                : both
                  ? "Another tab or device saved changes too. What only one of you changed is kept either way; below is what you both changed. Choose which to keep."
                  : "Another tab or device saved a different version. Compare them and choose which to keep."}{" "}
              What differs is highlighted.
            </Dialog.Description>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto p-4">
            {/* Two columns, each topic's name on a row of its own above them: a third column for the
                names pushed "Submitted" off a phone's screen. Long words break inside their cell. */}
            <table className="w-full table-fixed text-sm [overflow-wrap:anywhere]">
              <thead>
                <tr className="text-left">
                  <th scope="col" className="pr-2 pb-2">
                    This device
                  </th>
                  <th scope="col" className="pb-2">
                    {serverSubmitted ? "Submitted" : "Saved elsewhere"} (v{server.version})
                  </th>
                </tr>
              </thead>
              {domains
                .filter((d) => shown(d.domainId))
                .map((d) => {
                  const mine = local.scores.find((s) => s.domainId === d.domainId);
                  const theirs = server.values.scores.find((s) => s.domainId === d.domainId);
                  return (
                    <Topic key={d.domainId} name={d.name}>
                      <ScoreCell domain={d} score={mine} other={theirs} />
                      <ScoreCell domain={d} score={theirs} other={mine} />
                    </Topic>
                  );
                })}
              {shown("recommendation") ? (
                <Topic name="Recommendation">
                  <td className="py-2 pr-2">
                    <Marked when={recommendationDiffers}>{recLabel(local.recommendation)}</Marked>
                  </td>
                  <td className="py-2">
                    <Marked when={recommendationDiffers}>{recLabel(server.values.recommendation)}</Marked>
                  </td>
                </Topic>
              ) : null}
              {shown("privateNote") ? (
                <Topic name="Private note">
                  <td dir="auto" className="py-2 pr-2 text-start whitespace-pre-wrap text-muted-foreground">
                    <MarkedText text={local.privateNote} segments={noteDifference?.mine} />
                  </td>
                  <td dir="auto" className="py-2 text-start whitespace-pre-wrap text-muted-foreground">
                    <MarkedText text={server.values.privateNote} segments={noteDifference?.theirs} />
                  </td>
                </Topic>
              ) : null}
            </table>
          </div>
          <div className="flex flex-col gap-2 border-t border-border p-4 sm:flex-row sm:justify-end">
            <Button variant="outline" onClick={choose(onUseServer)}>
              {serverSubmitted ? "Discard mine, keep the submitted version" : "Use the version saved elsewhere"}
            </Button>
            {serverSubmitted ? (
              <Button onClick={choose(onAmendWithLocal)}>Amend with this device&apos;s answers</Button>
            ) : (
              <Button onClick={choose(onKeepLocal)}>Keep this device&apos;s version</Button>
            )}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
