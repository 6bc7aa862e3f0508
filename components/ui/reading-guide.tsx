import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

/** The "How to read this" card under a report: what each figure means and what it cannot tell. */
export function ReadingGuide({ description, children }: { description?: string; children: React.ReactNode }) {
  return (
    <Card className="mt-6">
      <CardHeader>
        <CardTitle>How to read this</CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      <CardContent className="grid gap-2 text-sm text-muted-foreground">{children}</CardContent>
    </Card>
  );
}
