import Link from "@/components/ui/link";
import { KIND_LABEL } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { sessionPolicy } from "@/lib/auth/session-token";
import { ClientNavigation } from "./client-navigation";
import { NavBadge } from "./nav-badge";
import { NAV_MORE_SLOT, navLinksFor } from "./nav-links";
import { NavLinkItem } from "./nav-link-item";
import { LazyNavMore } from "./nav-more-lazy";
import { SignOutButton } from "./sign-out-button";

export function AppShell({
  user,
  hasInterviews = false,
  badges = {},
  children,
}: {
  user: CurrentUser;
  hasInterviews?: boolean;
  badges?: Record<string, number>;
  children: React.ReactNode;
}) {
  const links = navLinksFor(user.kind, hasInterviews);
  const more = links.filter((l) => l.more);
  return (
    <div className="flex min-h-dvh flex-col">
      <ClientNavigation keepAliveSeconds={sessionPolicy().keepAliveSeconds} />
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-card focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="no-print border-b border-border bg-card">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:gap-x-6">
          <Link href="/" className="flex items-center gap-2 font-semibold">
            <span
              aria-hidden
              className="grid h-7 w-7 place-items-center rounded-md bg-primary text-xs font-bold text-white"
            >
              AI
            </span>
            AIOps Scorecards
          </Link>
          <nav aria-label="Main" className="order-3 w-full min-w-0 sm:order-none sm:w-auto">
            {/* relative: the badge's screen-reader text (absolutely positioned) stays inside the scroll box instead of widening the page.
                On a phone every link is in this scrolling list; from sm up the rarer ones are under "More" (its menu may overflow the list). */}
            <ul className="scroll-shadows relative flex gap-1 overflow-x-auto sm:gap-0.5 sm:overflow-visible">
              {links.map((l) => (
                <li key={l.href} className={l.more ? "sm:hidden" : undefined}>
                  <NavLinkItem href={l.href}>
                    {l.label}
                    {badges[l.href] ? <NavBadge count={badges[l.href]!} /> : null}
                  </NavLinkItem>
                </li>
              ))}
              {more.length ? (
                <li className="hidden sm:block" {...{ [NAV_MORE_SLOT]: "" }}>
                  <LazyNavMore links={more} badges={badges} />
                </li>
              ) : null}
            </ul>
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <Link
              href="/settings/account"
              className="text-muted-foreground hover:text-foreground sm:text-right sm:leading-tight sm:text-foreground"
            >
              {/* Named by its visible text plus hidden words, never an aria-label that differs from what
                  a voice-control user reads on screen (axe: label-content-name-mismatch). */}
              <span className="sm:hidden">
                <span className="sr-only">Your </span>Account
                <span className="sr-only">
                  : {user.name}, {KIND_LABEL[user.kind]}
                </span>
              </span>
              <span className="hidden font-medium sm:block">{user.name}</span>
              <span className="hidden text-xs text-muted-foreground sm:block">
                {KIND_LABEL[user.kind]}
                <span className="sr-only"> (your account)</span>
              </span>
            </Link>
            <Link
              href="/settings/tokens"
              aria-label="API tokens"
              className="text-muted-foreground hover:text-foreground"
            >
              {/* "Tokens" below 1280 px: with the full label an admin's header wrapped at 1024. */}
              <span className="xl:hidden">Tokens</span>
              <span className="hidden xl:inline">API tokens</span>
            </Link>
            <SignOutButton userId={user.id} />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8">
        {children}
      </main>
    </div>
  );
}
