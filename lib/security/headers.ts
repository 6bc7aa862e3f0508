// Response headers every page and route gets from proxy.ts: a Content-Security-Policy with a
// per-request nonce (Next.js puts it on its own inline scripts when it finds the policy on the
// request), and HSTS in production. Pure functions so tests read the policy without a server.

/** 16 random bytes, base64: unguessable per response, as a nonce-source must be. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The policy. Scripts run only with this response's nonce ('strict-dynamic' lets Next's loader
 * add its chunks). Inline styles are allowed: React's `style` prop (chart geometry, progress
 * bars) writes style attributes, and Radix dialogs (react-remove-scroll) inject a <style> at run
 * time; neither can carry a nonce, and a nonce in style-src would switch 'unsafe-inline' off.
 * Styles cannot run code; scripts stay nonce-only. Nothing is framed, posted or fetched off-site.
 */
export function contentSecurityPolicy(nonce: string, opts: { dev?: boolean; https?: boolean } = {}): string {
  const directives = [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ];
  if (opts.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** Two years, subdomains included: browsers honour it only when it arrives over HTTPS. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/**
 * True when every segment of the path is valid percent-encoding. Next.js throws (a 500) when
 * it decodes a route parameter such as `/candidates/%C0%AF`; the proxy answers 400 first.
 */
export function pathIsDecodable(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}
