import Link from "@/components/ui/link";
import { buttonVariants } from "@/components/ui/button-variants";
import { INPUT_CLASS, LABEL_CLASS } from "@/components/ui/field-classes";
import { QueryForm } from "@/components/ui/query-form";

/**
 * A name search over a list: a GET form, so every state is a URL (paging starts again from the
 * first page). `key` remounts it on a new query, so the field shows the query after Back.
 */
export function SearchForm({
  q,
  label,
  ariaLabel,
  inputId,
  keep,
}: {
  q: string;
  /** The field's visible label ("Name", "Candidate"). */
  label: string;
  /** The search landmark's name ("Find a person"). */
  ariaLabel: string;
  inputId: string;
  /** Parameters a search keeps (the list it searches within); "Clear" keeps them too. */
  keep?: Record<string, string>;
}) {
  const kept = Object.entries(keep ?? {});
  return (
    <QueryForm key={q} role="search" aria-label={ariaLabel} className="flex flex-wrap items-end gap-3">
      <div className="grid min-w-0 flex-1 gap-1.5 sm:max-w-xs">
        <label htmlFor={inputId} className={LABEL_CLASS}>
          {label}
        </label>
        <input id={inputId} name="q" type="search" defaultValue={q} className={INPUT_CLASS} />
      </div>
      {kept.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={buttonVariants({ variant: "outline" })}>
        Search
      </button>
      {q ? (
        <Link href={`?${new URLSearchParams(kept)}`} className="pb-2 text-sm text-primary underline underline-offset-4">
          Clear
        </Link>
      ) : null}
    </QueryForm>
  );
}
