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
