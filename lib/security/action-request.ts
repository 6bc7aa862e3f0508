// A server-action request this app can read, checked in proxy.ts before Next.js decodes it.
// Next and React throw on bodies they cannot decode (a multipart body that ends early, a
// malformed boundary, arguments that are not a list, a reference to a part that is not there,
// `$n` that is not a number) and answer 500. This app's pages call actions one way only:
// `Next-Action: <id>`, `text/plain`, and a JSON list of plain values (no form posts, no files),
// so anything else is refused with a 400 before the framework sees it.

/** Strings React's reply format gives a meaning to that this app's calls may carry; any other `$` string is refused. */
const SPECIAL = /^\$(\$[\s\S]*|undefined|NaN|Infinity|-Infinity|-0|D[\s\S]*|n-?\d{1,400})$/;

function plainValues(value: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (typeof value === "string") return !value.startsWith("$") || SPECIAL.test(value);
  if (Array.isArray(value)) return value.every((v) => plainValues(v, depth + 1));
  if (value && typeof value === "object") return Object.values(value).every((v) => plainValues(v, depth + 1));
  return true;
}

/**
 * The largest action body Next.js reads: next.config.mjs's `serverActions.bodySizeLimit` ("8mb",
 * 8 × 1024 × 1024 bytes; keep the two equal). Next answers 500 to a larger body, so the proxy
 * answers 413 first.
 */
export const ACTION_BODY_LIMIT_BYTES = 8 * 1024 * 1024;
export const ACTION_BODY_TOO_LARGE =
  "Payload too large: a request to this app carries at most 8 MB (a candidate CSV file at most 5 MB).";

/** Whether an action call is over the limit, by its declared length or, sent in chunks, by its body. */
export function actionBodyTooLarge(contentLength: string | null, body?: string): boolean {
  if (contentLength && Number(contentLength) > ACTION_BODY_LIMIT_BYTES) return true;
  return body !== undefined && Buffer.byteLength(body, "utf8") > ACTION_BODY_LIMIT_BYTES;
}

export const UNREADABLE_ACTION = "Bad request: this is not a server-action call this app can read.";

/** Null when the request is an action call of the form the app's pages make; otherwise why not. */
export function actionRequestRefusal(headers: Headers, body: string): string | null {
  const id = headers.get("next-action");
  if (!id || !/^[0-9a-f]{2,128}$/i.test(id)) return "missing or malformed Next-Action header";
  if (!/^text\/plain\b/i.test(headers.get("content-type") ?? "")) return "the body must be text/plain";
  let args: unknown;
  try {
    args = JSON.parse(body);
  } catch {
    return "the body is not JSON";
  }
  if (!Array.isArray(args)) return "the arguments are not a list";
  return plainValues(args) ? null : "the arguments hold a reference this app never sends";
}
