// Which clicks on an in-app link (components/ui/link) navigate client-side: the rules next/link
// applied per link, for the one document listener of components/layout/client-navigation.tsx.

/** The attribute components/ui/link puts on its anchors, which the click handler looks for. */
export const CLIENT_NAV_ATTRIBUTE = "data-client-nav";

export type LinkClick = {
  button: number;
  defaultPrevented: boolean;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
};

export type ClickedAnchor = { href: string; target: string; download: boolean };

/**
 * The path (with query and fragment) to navigate to client-side, or null when the browser should
 * handle the click itself: another button or a modifier (new tab or window, download), a handler
 * that already handled it, another target or a download, another origin, or only the fragment
 * changing on the same page (the browser scrolls there without a request).
 */
export function clientNavigationTarget(click: LinkClick, anchor: ClickedAnchor | null, here: string): string | null {
  if (!anchor || click.defaultPrevented || click.button !== 0) return null;
  if (click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return null;
  if ((anchor.target && anchor.target !== "_self") || anchor.download) return null;
  const from = new URL(here);
  let to: URL;
  try {
    to = new URL(anchor.href, from);
  } catch {
    return null;
  }
  if (to.origin !== from.origin) return null;
  if (to.hash && to.pathname === from.pathname && to.search === from.search) return null;
  return to.pathname + to.search + to.hash;
}

/**
 * Marks a page's GET form of filters and sorts (components/ui/query-form.tsx). Its fields show the
 * page's query; back and forward must not show what was typed before the form was last sent.
 */
export const QUERY_FORM_ATTRIBUTE = "data-query-form";

/**
 * Where a filter form's GET goes: the form's action with the fields
 * that hold a value as its query (an empty field is the filter's default, and `?q=&stage=` in an
 * address to share says nothing), keeping the action's fragment as a browser's GET does. Null when
 * the browser should send the form itself (another origin, a file field).
 */
export function queryFormTarget(action: string, fields: Iterable<[string, unknown]>, here: string): string | null {
  let to: URL;
  try {
    to = new URL(action || here, here);
  } catch {
    return null;
  }
  if (to.origin !== new URL(here).origin) return null;
  const query = new URLSearchParams();
  for (const [name, value] of fields) {
    if (typeof value !== "string") return null;
    if (value !== "") query.append(name, value);
  }
  const search = query.toString();
  return to.pathname + (search ? `?${search}` : "") + to.hash;
}
