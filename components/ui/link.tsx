import type { AnchorHTMLAttributes } from "react";
import { CLIENT_NAV_ATTRIBUTE } from "@/lib/navigation/client-navigation";

export type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & { href: string };

/**
 * The app's in-app link: a plain `<a>`, navigated client-side by the one click handler of
 * components/layout/client-navigation.tsx (mounted by the signed-in shell), not a next/link each.
 * A page of 50 rows had 115 next/link components: each was a client component the server
 * serialized and rendered and the browser then hydrated, for a click handler only. As next/link
 * did here, nothing is prefetched: every page is dynamic, so a prefetch brought only the route's
 * tree yet cost the server a full session check (8-12 ms at 10,000 candidates; 82 of them when a
 * role page was scrolled). Before the page's script runs, or where the handler is not mounted, the
 * link is an ordinary link. Links to files and API routes stay plain `<a>` (without the attribute).
 */
export default function Link({ href, ...props }: LinkProps) {
  return <a {...props} href={href} {...{ [CLIENT_NAV_ATTRIBUTE]: "" }} />;
}
