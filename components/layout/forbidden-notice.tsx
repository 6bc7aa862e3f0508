import Link from "@/components/ui/link";

// The 403 page's words. Inside the app's pages it is rendered in the shell's own <main> (a second
// main landmark would leave a screen reader two "main" regions), so only the bare one outside the
// shell is a main landmark of its own.
export function ForbiddenNotice({ landmark }: { landmark: boolean }) {
  const Tag = landmark ? "main" : "div";
  return (
    <Tag
      className={`mx-auto flex max-w-md flex-col items-center justify-center gap-4 px-4 text-center ${landmark ? "min-h-dvh" : "py-12"}`}
    >
      <p className="text-sm font-semibold text-danger">403 · Not allowed</p>
      <h1 className="text-2xl font-semibold">You don&apos;t have access to this page</h1>
      <p className="text-muted-foreground">
        Your account can&apos;t open this page. If you think it should, ask an admin to change your permissions.
      </p>
      <Link href="/" className="text-primary underline underline-offset-4">
        Go to your home page
      </Link>
    </Tag>
  );
}
