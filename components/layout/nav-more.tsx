"use client";
// The header's "More" menu on a tablet or a desktop: a manager's or an admin's rarer links
// (nav-links.ts `more`), so the header fits on one line at 1280 px. A disclosure button over a
// plain list of links: Tab reaches every link, Escape closes it and returns to the button, and it
// closes when focus or a click goes elsewhere or a link is followed.
import ChevronDown from "lucide-react/icons/chevron-down";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import type { NavLink } from "./nav-links";
import { NavBadge } from "./nav-badge";
import { NavLinkItem } from "./nav-link-item";

export function NavMore({ links, badges }: { links: NavLink[]; badges: Record<string, number> }) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  const pathname = usePathname();
  const here = links.some((l) => pathname === l.href || pathname.startsWith(`${l.href}/`));
  const due = links.reduce((n, l) => n + (badges[l.href] ?? 0), 0);

  useEffect(() => {
    if (!open) return;
    const away = (e: Event) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("pointerdown", away);
    document.addEventListener("focusin", away); // Tab past the last link
    document.addEventListener("keydown", escape);
    return () => {
      document.removeEventListener("pointerdown", away);
      document.removeEventListener("focusin", away);
      document.removeEventListener("keydown", escape);
    };
  }, [open]);

  return (
    <div ref={box} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        className={`flex items-center rounded-md px-3 py-1.5 text-sm whitespace-nowrap ${
          here ? "bg-primary/10 font-medium text-primary" : "text-muted-foreground hover:bg-muted hover:text-foreground"
        }`}
      >
        More
        {due ? <NavBadge count={due} /> : null}
        <ChevronDown aria-hidden className={`ml-1 h-4 w-4 transition-transform ${open ? "rotate-180" : ""}`} />
      </button>
      <ul
        id={id}
        hidden={!open}
        className="absolute right-0 z-40 mt-1 grid min-w-48 gap-0.5 rounded-md border border-border bg-card p-1 shadow-lg"
        onClick={(e) => {
          if ((e.target as HTMLElement).closest("a")) setOpen(false);
        }}
      >
        {links.map((l) => (
          <li key={l.href}>
            <NavLinkItem href={l.href}>
              {l.label}
              {badges[l.href] ? <NavBadge count={badges[l.href]!} /> : null}
            </NavLinkItem>
          </li>
        ))}
      </ul>
    </div>
  );
}
