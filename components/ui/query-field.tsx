// One labelled input of a plain GET filter form (QueryForm): the label above, the value the
// address carries as its default, so the filter survives a reload and a shared link.
import { INPUT_CLASS, LABEL_CLASS } from "./field-classes";

export function QueryField({
  label,
  ...input
}: { label: string; name: string } & Omit<React.InputHTMLAttributes<HTMLInputElement>, "className">) {
  return (
    <label className="grid gap-1">
      <span className={LABEL_CLASS}>{label}</span>
      <input type="search" {...input} className={INPUT_CLASS} />
    </label>
  );
}
