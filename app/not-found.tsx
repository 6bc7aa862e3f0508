import Link from "@/components/ui/link";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 px-4 text-center">
      <p className="text-sm font-semibold text-muted-foreground">404</p>
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-muted-foreground">It may have been moved, or you may not have access to it.</p>
      <Link href="/" className="text-primary underline underline-offset-4">
        Go to your home page
      </Link>
    </main>
  );
}
