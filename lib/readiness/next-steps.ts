// What an interviewer should do next in a domain, in plain words, for /readiness (plain, no I/O;
// unit-tested in tests/unit/readiness/next-steps.test.ts).
import type { DomainProgress } from "./rules";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export type NextStepInput = Pick<DomainProgress, "status" | "shadows" | "reverseShadows" | "calibrationPassed"> & {
  name: string;
  qualification: { how: "TRAINED" | "GRANTED" } | null;
};

/** The steps still to take in a domain, in the order to take them; one sentence each. */
export function nextSteps(d: NextStepInput, opts: { passMark: number; exerciseAvailable: boolean }): string[] {
  if (d.status === "qualified")
    return [
      `Nothing to do: you rate ${d.name} on your own panels. Keep your evidence concrete; your ratings count in the consensus.`,
    ];
  if (d.status === "ready-to-claim")
    return [`Every step is done: claim your qualification to rate ${d.name} on your own.`];
  const steps: string[] = [];
  const shadows = d.shadows.required - d.shadows.done;
  if (shadows > 0)
    steps.push(
      `Sit in on ${plural(shadows, "more interview")} as a shadow where ${d.name} is in focus (ask the hiring manager to add you to a panel as a shadow), and submit your scorecard for each.`,
    );
  const reverse = d.reverseShadows.required - d.reverseShadows.done;
  if (reverse > 0)
    steps.push(
      `Lead ${plural(reverse, "more interview")} on ${d.name} with a qualified interviewer watching (a reverse shadow), and submit your scorecard.`,
    );
  if (!d.calibrationPassed)
    steps.push(
      opts.exerciseAvailable
        ? `Pass a calibration exercise in ${d.name}: rate at least ${opts.passMark}% of the past evidence at the level the panel agreed on.`
        : `Pass a calibration exercise in ${d.name}: there is none you have not taken yet (only a first attempt counts), so ask a manager to create one.`,
    );
  return steps;
}

/** How a held qualification came about, e.g. "Qualified after training" or "Qualified by a manager". */
export function qualificationText(how: "TRAINED" | "GRANTED"): string {
  return how === "TRAINED" ? "Qualified after training" : "Qualified by a manager or admin";
}

/** "2 of 2 exact (100%)" style agreement, rounded down like the pass mark. */
export function agreementText(exact: number, items: number): string {
  return `${exact} of ${items} rated as the panel did (${Math.floor((100 * exact) / items)}%)`;
}

/** Your rating against the panel's, in words: "same level", "1 level higher", "2 levels lower". */
export function differenceText(rating: number, consensus: number): string {
  const d = rating - consensus;
  if (d === 0) return "same level";
  return `${plural(Math.abs(d), "level")} ${d > 0 ? "higher" : "lower"}`;
}
