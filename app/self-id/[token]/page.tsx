import type { Metadata } from "next";
import { buttonVariants } from "@/components/ui/button-variants";
import { selfIdFormFor } from "@/lib/fair-hiring/self-id";
import { PREFER_NOT_TO_SAY, selfIdFormErrorMessage } from "@/lib/validation/self-id";
import { selfIdQuerySchema } from "@/lib/validation/page-queries";

// "same-origin", not "no-referrer": the link's token stays off other sites either way, but under
// "no-referrer" Chromium sends the form's POST with `Origin: null`, which the same-origin check
// (rightly) refuses, so no answer could be sent from the page (tests/e2e/fair-hiring.spec.ts).
export const metadata: Metadata = { title: "Voluntary self-identification", referrer: "same-origin" };

/** Public: the link a recruiter sent. Never shows earlier answers; sending again replaces them. */
export default async function SelfIdPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ token }, { saved, nothing, error }] = await Promise.all([
    params,
    searchParams.then((sp) => selfIdQuerySchema.parse(sp)),
  ]);
  const form = await selfIdFormFor(token);
  // Why the last form post was refused (app/api/self-id/route.ts); a dead link says so itself below.
  const refused = form.ok ? selfIdFormErrorMessage(error) : null;
  return (
    <main className="mx-auto flex min-h-dvh max-w-xl flex-col gap-6 px-4 py-10">
      <div>
        <h1 className="text-2xl font-semibold">Voluntary self-identification</h1>
        <p className="mt-2 text-sm text-muted-foreground">
          We ask to check that our hiring treats every group fairly. Answering is optional and every question has
          &ldquo;
          {PREFER_NOT_TO_SAY}&rdquo;. Your answers are kept apart from your application: your interviewers and the
          hiring manager never see them, and they are only used in counts of groups large enough that nobody can be
          singled out.
        </p>
      </div>
      {saved === "1" ? (
        <p role="status" className="rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900">
          Thank you: your answers were saved. You can change them with this link while it is valid.
        </p>
      ) : null}
      {nothing === "1" ? (
        <p role="status" className="rounded-md border border-border bg-muted p-3 text-sm">
          Nothing was chosen, so nothing was recorded. Choose an answer (or &ldquo;{PREFER_NOT_TO_SAY}&rdquo;) for any
          question you want to answer, then send the form.
        </p>
      ) : null}
      {refused ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {refused}
        </p>
      ) : null}
      {!form.ok ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {form.message}
        </p>
      ) : (
        <form method="post" action="/api/self-id" className="grid gap-6">
          <input type="hidden" name="token" value={token} />
          {form.answered && saved !== "1" ? (
            <p className="text-sm text-muted-foreground">
              You answered before. Sending the form again replaces the answers you change.
            </p>
          ) : null}
          {form.categories.map((c) => (
            <fieldset key={c.key} className="grid gap-2 rounded-md border border-border p-4">
              <legend className="px-1 text-sm font-medium">{c.label}</legend>
              {[...c.options, PREFER_NOT_TO_SAY].map((o) => (
                <label key={o} className="flex min-h-8 items-center gap-2 text-sm">
                  <input type="radio" name={`answer.${c.key}`} value={o} className="h-4 w-4" />
                  {o}
                </label>
              ))}
            </fieldset>
          ))}
          <p className="text-sm text-muted-foreground">A question left blank is not answered.</p>
          <button type="submit" className={buttonVariants()}>
            Send my answers
          </button>
        </form>
      )}
    </main>
  );
}
