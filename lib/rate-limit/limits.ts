// Every rate limit of the app, in one place. Counters are rows of the RateLimiterFlexible table
// (rate-limiter-flexible's Prisma store), so all app instances share them; if the database
// errors, each instance falls back to counting in memory rather than failing the request.
import "server-only";
import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "../db";
import { env, type Env } from "../env";
import { tooManyRequestsMessage } from "./retry-after";

/** Calls allowed per `seconds`; the next is refused until the window ends. `what`: the calls, in a message. */
type QuotaRule = { points: number; seconds: number; what?: string };
/** Failures allowed per `seconds`; the last one starts a block of `blockSeconds`. */
type FailureRule = QuotaRule & { blockSeconds: number };

export type Throttled = { retryAfterSeconds: number };

type LimitEnv = Pick<
  Env,
  | "SIGNIN_MAX_FAILURES"
  | "SIGNIN_ACCOUNT_MAX_FAILURES"
  | "SIGNIN_ADDRESS_MAX_FAILURES"
  | "SIGNIN_BLOCK_MINUTES"
  | "ROLE_EXPORTS_PER_10_MINUTES"
>;

export function limitRules(e: LimitEnv = env()) {
  const blockSeconds = e.SIGNIN_BLOCK_MINUTES * 60;
  return {
    /** Failed sign-ins for one account from one address in a row (a success resets it): the owner mistyping, or a guesser. */
    signInAccountAddress: { points: e.SIGNIN_MAX_FAILURES, seconds: 24 * 3600, blockSeconds } as FailureRule,
    /** Failed sign-ins for one account from anywhere: slows guessing spread over many addresses. */
    signInAccount: { points: e.SIGNIN_ACCOUNT_MAX_FAILURES, seconds: 3600, blockSeconds } as FailureRule,
    /** Failed sign-ins from one address, any account: password spraying. */
    signInAddress: { points: e.SIGNIN_ADDRESS_MAX_FAILURES, seconds: 3600, blockSeconds } as FailureRule,
    /** Unknown or revoked API tokens from one address. */
    apiTokenFailure: { points: 20, seconds: 600, blockSeconds: 900 } as FailureRule,
    /** Invitations an admin sends (each is an email). */
    invitation: { points: 30, seconds: 600, what: "invitations" } as QuotaRule,
    /** Unknown, used or expired invitation links from one address: guessing tokens. */
    invitationFailure: { points: 10, seconds: 3600, blockSeconds: 3600 } as FailureRule,
    /** Self-identification forms sent from one address (public: the link is the credential). */
    selfId: { points: 20, seconds: 600, what: "answers sent" } as QuotaRule,
    /** Unknown or expired self-identification links from one address: guessing tokens. */
    selfIdFailure: { points: 10, seconds: 3600, blockSeconds: 3600 } as FailureRule,
    /** Self-identification links a recruiter creates. */
    selfIdLink: { points: 60, seconds: 600, what: "self-identification links" } as QuotaRule,
    /** Fair-hiring CSV downloads per admin. */
    fairHiringExport: { points: 30, seconds: 600, what: "CSV downloads" } as QuotaRule,
    /** CSV import previews and commits per user (each parses up to 5 MB). */
    csvImport: { points: 20, seconds: 600, what: "CSV imports" } as QuotaRule,
    /** Job-description analyses per user (the inclusive-language check is the slow part). */
    jdAnalysis: { points: 60, seconds: 600, what: "job-description checks" } as QuotaRule,
    /** Candidate data exports per user (everything held about a candidate). */
    candidateExport: { points: 30, seconds: 600, what: "candidate exports" } as QuotaRule,
    /** A role's score and gap CSVs per user (a whole role's ratings, streamed). */
    roleExport: { points: e.ROLE_EXPORTS_PER_10_MINUTES, seconds: 600, what: "CSV downloads" } as QuotaRule,
    /** Scorecard reminders sent by hand from the pipeline board, per user (each is an email). */
    nudge: { points: 30, seconds: 600, what: "reminders" } as QuotaRule,
    /** ...and per interview, whoever sends it: one an hour, so an interviewer is not flooded. */
    nudgeInterview: { points: 1, seconds: 3600, what: "reminders about this scorecard" } as QuotaRule,
  };
}
export type Rules = ReturnType<typeof limitRules>;
type FailureName = { [K in keyof Rules]: Rules[K] extends FailureRule ? K : never }[keyof Rules];
export type QuotaName = Exclude<keyof Rules, FailureName>;

const SWEEPER = "signin_account_address";

function store(keyPrefix: string, points: number, seconds: number, blockSeconds = 0) {
  const opts = { keyPrefix, points, duration: seconds, blockDuration: blockSeconds };
  // All limiters share one table: one of them sweeps expired rows (every 5 minutes), not each.
  const clearExpiredByTimeout = keyPrefix === SWEEPER;
  return new RateLimiterPrisma({
    ...opts,
    storeClient: db,
    tableName: "rateLimiterFlexible",
    clearExpiredByTimeout,
    insuranceLimiter: new RateLimiterMemory(opts),
  });
}

const throttled = (res: RateLimiterRes): Throttled => ({
  retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
});

/** Rejections carry a RateLimiterRes; anything else is a store error (already retried in memory) and is thrown. */
function rejection(e: unknown): Throttled {
  if (e instanceof RateLimiterRes) return throttled(e);
  throw e;
}

export class Quota {
  private readonly limiter: RateLimiterPrisma;
  readonly what: string;
  constructor(name: string, rule: QuotaRule) {
    this.limiter = store(name, rule.points, rule.seconds);
    this.what = rule.what ?? "requests";
  }
  /** Counts one call: null when allowed, else how long until the next is. */
  async take(key: string): Promise<Throttled | null> {
    return this.limiter.consume(key).then(() => null, rejection);
  }
}

export class FailureCounter {
  private readonly limiter: RateLimiterPrisma;
  constructor(name: string, rule: FailureRule) {
    // The library blocks on the call that exceeds `points`: the last allowed failure is that call.
    this.limiter = store(name, rule.points - 1, rule.seconds, rule.blockSeconds);
  }
  /** Null unless the key is blocked (checked before the attempt, so a blocked attempt costs nothing). */
  async blocked(key: string): Promise<Throttled | null> {
    const res = await this.limiter.get(key);
    return res && res.consumedPoints > this.limiter.points ? throttled(res) : null;
  }
  /** Counts a failure; returns the block it started, if it was the last one allowed. */
  async fail(key: string): Promise<Throttled | null> {
    return this.limiter.consume(key).then(() => null, rejection);
  }
  async reset(key: string): Promise<void> {
    await this.limiter.delete(key);
  }
}

/** A remembered (account, address) pair: where the owner signed in before. */
class KnownAddresses {
  private readonly limiter = store("signin_known", 1_000_000, 30 * 24 * 3600);
  async has(key: string) {
    return (await this.limiter.get(key)) !== null;
  }
  async remember(key: string) {
    await this.limiter.set(key, 1, 30 * 24 * 3600);
  }
}

export function createLimits(rules: Rules = limitRules()) {
  return {
    signInAccountAddress: new FailureCounter(SWEEPER, rules.signInAccountAddress),
    signInAccount: new FailureCounter("signin_account", rules.signInAccount),
    signInAddress: new FailureCounter("signin_address", rules.signInAddress),
    signInKnown: new KnownAddresses(),
    apiTokenFailure: new FailureCounter("api_token_failure", rules.apiTokenFailure),
    invitation: new Quota("invitation", rules.invitation),
    invitationFailure: new FailureCounter("invitation_failure", rules.invitationFailure),
    selfId: new Quota("self_id", rules.selfId),
    selfIdFailure: new FailureCounter("self_id_failure", rules.selfIdFailure),
    selfIdLink: new Quota("self_id_link", rules.selfIdLink),
    fairHiringExport: new Quota("fair_hiring_export", rules.fairHiringExport),
    csvImport: new Quota("csv_import", rules.csvImport),
    jdAnalysis: new Quota("jd_analysis", rules.jdAnalysis),
    candidateExport: new Quota("candidate_export", rules.candidateExport),
    roleExport: new Quota("role_export", rules.roleExport),
    nudge: new Quota("nudge", rules.nudge),
    nudgeInterview: new Quota("nudge_interview", rules.nudgeInterview),
  };
}
export type Limits = ReturnType<typeof createLimits>;

const globalForLimits = globalThis as unknown as { __aiopsLimits?: Limits };
/** The process's limiters, built from the environment on first use. */
export function limits(): Limits {
  globalForLimits.__aiopsLimits ??= createLimits();
  return globalForLimits.__aiopsLimits;
}

const longest = (all: (Throttled | null)[]): Throttled | null =>
  all.reduce<Throttled | null>((a, b) => (!b ? a : !a || b.retryAfterSeconds > a.retryAfterSeconds ? b : a), null);

/**
 * Credentials sign-in: blocked after SIGNIN_MAX_FAILURES in a row for an account at one address
 * (the common case, and it never touches the owner elsewhere), after SIGNIN_ACCOUNT_MAX_FAILURES
 * an hour for the account from everywhere except addresses it signed in from before (so an
 * attacker spreading guesses cannot keep the owner out at their usual address), and after
 * SIGNIN_ADDRESS_MAX_FAILURES an hour from one address. Every block ends by itself. Unknown
 * emails count like known ones, so the answers reveal nothing about which accounts exist.
 */
export function signInThrottle(l: Limits = limits()) {
  const pair = (email: string, address: string) => `${email}|${address}`;
  return {
    async check(email: string, address: string): Promise<Throttled | null> {
      const known = await l.signInKnown.has(pair(email, address));
      return longest(
        await Promise.all([
          l.signInAccountAddress.blocked(pair(email, address)),
          l.signInAddress.blocked(address),
          known ? null : l.signInAccount.blocked(email),
        ]),
      );
    },
    async failed(email: string, address: string): Promise<Throttled | null> {
      const known = await l.signInKnown.has(pair(email, address));
      const [byPair, byAddress, byAccount] = await Promise.all([
        l.signInAccountAddress.fail(pair(email, address)),
        l.signInAddress.fail(address),
        l.signInAccount.fail(email),
      ]);
      return longest([byPair, byAddress, known ? null : byAccount]);
    },
    async succeeded(email: string, address: string): Promise<void> {
      await Promise.all([
        l.signInAccountAddress.reset(pair(email, address)),
        l.signInKnown.remember(pair(email, address)),
      ]);
    },
  };
}

/** One call of an expensive action by a user: null when allowed, else the wait and what to tell them. */
export async function throttleAction(
  name: QuotaName,
  userId: string,
): Promise<(Throttled & { message: string }) | null> {
  const quota = limits()[name];
  const t = await quota.take(userId);
  return t ? { ...t, message: tooManyRequestsMessage(quota.what, t.retryAfterSeconds) } : null;
}

/** The HTTP answer to a throttled request: 429 with Retry-After. */
export function tooManyRequests(t: Throttled, message: string): Response {
  return Response.json(
    { error: message },
    { status: 429, headers: { "Retry-After": String(t.retryAfterSeconds), "Cache-Control": "no-store" } },
  );
}
