// The 400 that proxy.ts answers for an address a page cannot use. A browser gets a small page in
// the app's colours with the sentence and a link to the same page without its query; any other
// client (curl, scripts, tests' request API) the same sentence as plain text. No scripts, so the
// page needs no nonce; the inline style is allowed by the policy's style-src (lib/security/headers.ts).

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Whether the client asked for a page (a browser navigating) rather than data. */
export const wantsHtml = (accept: string | null) => /\btext\/html\b/i.test(accept ?? "");

/** The refusal's sentence, as every client reads it. */
export const badFilterText = (reason: string) =>
  `Bad request: ${reason} Remove it from the address (or correct it) and try again.`;

/** A self-contained HTML page: the sentence and a link to `pathname` without its query. */
export function badFilterHtml(reason: string, pathname: string): string {
  const href = escapeHtml(pathname.replace(/^\/+/, "/")); // never "//host": a link off the site
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bad request · AIOps Scorecards</title>
<style>
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f8fafc;color:#0f172a;line-height:1.5}
main{max-width:40rem;margin:12vh auto;padding:1.5rem;background:#fff;border:1px solid #e2e8f0;border-radius:.75rem}
@media (max-width:42rem){main{margin:6vh 1rem}}
h1{font-size:1.25rem;margin:0 0 .5rem}p{margin:.5rem 0}a{color:#4338ca;text-underline-offset:4px}
</style></head>
<body><main>
<h1>This address has a filter the page cannot use</h1>
<p>${escapeHtml(badFilterText(reason))}</p>
<p><a href="${href}">Open the page without filters</a> · <a href="/">Home</a></p>
</main></body></html>`;
}
