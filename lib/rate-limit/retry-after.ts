// How a throttle is told to the user (no I/O: the sign-in form uses it too).

/** next-auth passes a thrown sign-in error's message to the client as `error`: this one carries the wait. */
export const SIGN_IN_THROTTLED = "RateLimited";

export const signInThrottledCode = (retryAfterSeconds: number) =>
  `${SIGN_IN_THROTTLED}:${Math.max(1, Math.ceil(retryAfterSeconds))}`;

/** The wait in a throttled sign-in's error code, or null for any other error. */
export function retryAfterFromCode(code: string | null | undefined): number | null {
  const m = code?.match(/^RateLimited:(\d{1,7})$/);
  return m ? Number(m[1]) : null;
}

/** "45 seconds", "1 minute", "15 minutes", "2 hours" (rounded up: never earlier than true). */
export function waitText(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return `${s} second${s === 1 ? "" : "s"}`;
  const m = Math.ceil(s / 60);
  if (m < 120) return `${m} minute${m === 1 ? "" : "s"}`;
  const h = Math.ceil(m / 60);
  return `${h} hours`;
}

export const signInThrottledMessage = (seconds: number) =>
  `Too many failed sign-in attempts. Try again in ${waitText(seconds)}.`;

export const tooManyRequestsMessage = (what: string, seconds: number) =>
  `Too many ${what} in a short time. Try again in ${waitText(seconds)}.`;
