import Link from "@/components/ui/link";
import { buttonVariants } from "@/components/ui/button-variants";
import { INPUT_CLASS, LABEL_CLASS } from "@/components/ui/field-classes";
import { QueryForm } from "@/components/ui/query-form";

/** A name search over the people on the team page: a GET form, so every state is a URL. `key` remounts it on a new query. */
export function TeamSearch({ q }: { q: string }) {
  return (
    <QueryForm key={q} role="search" aria-label="Find a person" className="flex flex-wrap items-end gap-3">
      <div className="grid min-w-0 flex-1 gap-1.5 sm:max-w-xs">
        <label htmlFor="team-q" className={LABEL_CLASS}>
          Name
        </label>
        <input id="team-q" name="q" type="search" defaultValue={q} className={INPUT_CLASS} />
      </div>
      <button type="submit" className={buttonVariants({ variant: "outline" })}>
        Search
      </button>
      {q ? (
        <Link href="?" className="pb-2 text-sm text-primary underline underline-offset-4">
          Clear
        </Link>
      ) : null}
    </QueryForm>
  );
}
