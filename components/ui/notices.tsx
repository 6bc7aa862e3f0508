"use client";
// A page section's status line for what its row actions did. It sits above the rows, so the
// message ("Interview cancelled...", "Ines rejected") stays on screen after the refresh removes
// or changes the row that said it.
import { createContext, useContext, useState } from "react";
import Link from "@/components/ui/link";

/** Where a message sends the person next ("the debrief lists them"): a link after its text. */
export type NoticeLink = { href: string; label: string };
type Notice = { message: string; link?: NoticeLink };
type Say = (message: string, link?: NoticeLink) => void;

const NoticeContext = createContext<Say | null>(null);

/** A status message with its optional link, as the Notices line and a row's own line show it. */
export function NoticeText({ message, link }: Notice) {
  return (
    <>
      {message}
      {link ? (
        <>
          {" "}
          <Link href={link.href} className="font-medium text-primary underline underline-offset-4">
            {link.label}
          </Link>
        </>
      ) : null}
    </>
  );
}

export function Notices({ children, className = "mb-3" }: { children: React.ReactNode; className?: string }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  return (
    <NoticeContext.Provider value={(message, link) => setNotice({ message, link })}>
      {notice ? (
        <p role="status" className={`${className} rounded-md border border-border bg-muted p-2 text-sm`}>
          <NoticeText {...notice} />
        </p>
      ) : null}
      {children}
    </NoticeContext.Provider>
  );
}

/** The enclosing Notices' setter, or null outside one (the caller then shows its own message). */
export const useNotice = () => useContext(NoticeContext);
