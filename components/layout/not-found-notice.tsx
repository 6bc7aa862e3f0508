import Link from "@/components/ui/link";

// The 404 page's words. Inside the app's pages it is rendered in the shell's own <main> (a second
// main landmark would leave a screen reader two "main" regions), so only the bare one outside the
// shell is a main landmark of its own.
export function NotFoundNotice({ landmark }: { landmark: boolean }) {
  const Tag = landmark ? "main" : "div";
  return (
    <Tag
      className={`mx-auto flex max-w-md flex-col items-center justify-center gap-4 px-4 text-center ${landmark ? "min-h-dvh" : "py-12"}`}
    >
      <p className="text-sm font-semibold text-muted-foreground">404</p>
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-muted-foreground">It may have been moved, or you may not have access to it.</p>
      <Link href="/" className="text-primary underline underline-offset-4">
        Go to your home page
      </Link>
    </Tag>
  );
}
