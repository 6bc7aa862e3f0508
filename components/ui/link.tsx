import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The app's link: next/link without prefetching. Every page here is dynamic (signed in, no
 * loading.tsx), so a prefetch brings only the route's tree (200-800 bytes, none of the page) yet
 * costs the server a request through the proxy and the session check: 8-12 ms of CPU at 10,000
 * candidates. With prefetching on, opening a role page and scrolling its 50 rows sent 82 such
 * requests (about ten times the page's own CPU); my interviews sent 60. Navigation stays
 * client-side; it fetches the page when clicked, which it did anyway. next/link is imported here
 * only (eslint's no-restricted-imports).
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
