"use client";
// Replaces Next's built-in global error page (its inline styles and icons ship with every page):
// shown only when the root layout itself fails.
import "./globals.css";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-dvh font-sans antialiased">
        <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 px-4 text-center">
          <h1 className="text-2xl font-semibold">Something went wrong</h1>
          <p className="text-muted-foreground">
            Nothing you entered has been lost on our side. Try again; if it keeps happening, tell your admin.
          </p>
          <button type="button" className="h-10 rounded-md bg-primary px-4 text-sm font-medium text-white" onClick={reset}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
