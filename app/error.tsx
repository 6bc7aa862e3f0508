"use client";
// Loaded with every page: the fixed button classes, not class-variance-authority.
import { PRIMARY_BUTTON_CLASS } from "@/components/ui/button-primary";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto flex min-h-[60dvh] max-w-md flex-col items-center justify-center gap-4 px-4 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="text-muted-foreground">
        Nothing you entered has been lost on our side. Try again; if it keeps happening, tell your admin.
      </p>
      <button type="button" className={PRIMARY_BUTTON_CLASS} onClick={reset}>
        Try again
      </button>
    </main>
  );
}
