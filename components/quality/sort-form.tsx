import { buttonVariants } from "@/components/ui/button-variants";
import { LABEL_CLASS } from "@/components/ui/field-classes";
import { Select } from "@/components/ui/select";
import { QueryForm } from "@/components/ui/query-form";

/** A GET form choosing a list's order (and keeping `hidden` parameters); submitting starts again at the first page. */
export function SortForm({
  id,
  sorts,
  sort,
  hidden = {},
  children,
}: {
  id: string;
  sorts: { value: string; label: string }[];
  sort: string;
  hidden?: Record<string, string>;
  children?: React.ReactNode;
}) {
  return (
    <QueryForm className="mb-4 flex flex-wrap items-end gap-3" aria-label="Order of the list">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-1.5">
        <label htmlFor={id} className={LABEL_CLASS}>
          Sort by
        </label>
        <Select id={id} name="sort" defaultValue={sort} className="w-full sm:w-56">
          {sorts.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </Select>
      </div>
      {children}
      <button type="submit" className={buttonVariants({ variant: "outline" })}>
        Show
      </button>
    </QueryForm>
  );
}
