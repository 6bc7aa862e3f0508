"use client";
// A page section's status line for what its row actions did. It sits above the rows, so the
// message ("Interview cancelled...", "Ines rejected") stays on screen after the refresh removes
// or changes the row that said it.
import { createContext, useContext, useState } from "react";

const NoticeContext = createContext<((message: string) => void) | null>(null);

export function Notices({ children, className = "mb-3" }: { children: React.ReactNode; className?: string }) {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <NoticeContext.Provider value={setMessage}>
      {message ? (
        <p role="status" className={`${className} rounded-md border border-border bg-muted p-2 text-sm`}>
          {message}
        </p>
      ) : null}
      {children}
    </NoticeContext.Provider>
  );
}

/** The enclosing Notices' setter, or null outside one (the caller then shows its own message). */
export const useNotice = () => useContext(NoticeContext);
