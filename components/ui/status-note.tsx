/**
 * A page's status line: a note on what is shown ("The link's stage is not one of this role's
 * stages now: showing every stage") or on what an action did (components/ui/notices.tsx).
 */
export function StatusNote({ children, className = "mb-4" }: { children: React.ReactNode; className?: string }) {
  return (
    <p role="status" className={`${className} rounded-md border border-border bg-muted p-2 text-sm`}>
      {children}
    </p>
  );
}
