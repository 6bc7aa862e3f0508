"use client";
// The interview list's status line. It sits above the rows, so what a row's action did
// ("Interview cancelled...") stays on screen after the refresh removes or changes that row.
import { createContext, useContext, useState } from "react";

const NoticeContext = createContext<(message: string) => void>(() => {});

export function InterviewNotices({ children }: { children: React.ReactNode }) {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <NoticeContext.Provider value={setMessage}>
      {message ? (
        <p role="status" className="mb-3 rounded-md border border-border bg-muted p-2 text-sm">
          {message}
        </p>
      ) : null}
      {children}
    </NoticeContext.Provider>
  );
}

export const useInterviewNotice = () => useContext(NoticeContext);
