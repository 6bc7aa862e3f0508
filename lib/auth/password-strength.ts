// Whether a new password is too easy to guess, by zxcvbn (Dropbox's estimator, TypeScript port):
// common passwords, dictionary words, keyboard walks, dates, repeats and the person's own name or
// email. Length rules alone let "password1234" and "qwertyuiop12" through. Server only: the
// dictionaries are about 1 MB, so the form shows the refusal the server sends back.
import "server-only";
import { zxcvbn, zxcvbnOptions } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as common } from "@zxcvbn-ts/language-common";
import { dictionary as english, translations } from "@zxcvbn-ts/language-en";

/**
 * zxcvbn's score 3 ("safely unguessable": about 10^8 to 10^10 guesses) is the floor: with bcrypt
 * at cost 10 a stolen hash then takes an attacker months per account, not minutes.
 */
const MIN_SCORE = 3;
let configured = false;
/** Words of this app anyone would try first. */
const PRODUCT_WORDS = ["aiops", "scorecard", "scorecards", "aiopsscorecards", "hiring", "interview"];

/** Null when the password is hard enough to guess; else a sentence saying why it is not. */
export function weakPasswordReason(password: string, personal: readonly string[] = []): string | null {
  if (!configured) {
    zxcvbnOptions.setOptions({ dictionary: { ...common, ...english }, graphs: adjacencyGraphs, translations });
    configured = true;
  }
  // The person's own words: their email and name whole, and each part of at least 3 letters.
  const words = personal.flatMap((p) => [
    p.toLowerCase(),
    ...p
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3),
  ]);
  const easy =
    "This password is easy to guess: add a few uncommon words that are not about you, or let a password manager make one.";
  // Built on the person's name or email ("Kieran2026summer"), however long: said as such. Parts
  // of 4 letters or more, so a short name ("Lee") does not refuse "sleepless".
  const lower = password.toLowerCase();
  if (words.some((w) => w.length >= 4 && lower.includes(w))) return `It contains your name or email address. ${easy}`;
  const result = zxcvbn(password, [...words, ...PRODUCT_WORDS]);
  if (result.score >= MIN_SCORE) return null;
  // zxcvbn's sentence, except its "personal or page related data", which says less than this.
  const personalMatch = result.sequence.some((m) => m.pattern === "dictionary" && m.dictionaryName === "userInputs");
  const warning = personalMatch
    ? "It contains your name or email address. "
    : result.feedback.warning
      ? `${result.feedback.warning} `
      : "";
  return `${warning}${easy}`;
}
