export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 px-4 text-center">
      <p className="text-sm font-semibold text-muted-foreground">404</p>
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-muted-foreground">It may have been moved, or you may not have access to it.</p>
      {/* A plain link: these pages are in every page's boundary tree, and next/link would ship with the sign-in page. */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
      <a href="/" className="text-primary underline underline-offset-4">
        Go to your home page
      </a>
    </main>
  );
}
