// A few choices as radio buttons drawn as toggles (the radios themselves are visually hidden, the
// label shows the checked and focus states). The group's wiring comes from outside: spread the
// kit's FieldSet control props as `control`, or give the surrounding div a radiogroup role.
import type { HTMLAttributes } from "react";
import type { FieldSetControlProps } from "@/components/ui/fieldset";

const choice =
  "flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-border px-3 text-sm has-[:checked]:border-primary has-[:checked]:bg-primary has-[:checked]:text-white has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring";

export type Choice<V> = { value: V; label: string };

export function Choices<V>({
  name,
  options,
  value,
  onChange,
  onBlur,
  control,
  group,
}: {
  name: string;
  options: readonly Choice<V>[];
  value: V | undefined;
  onChange: (value: V) => void;
  onBlur?: () => void;
  /** Each radio's aria props (FieldSet's render argument). */
  control?: FieldSetControlProps;
  /** Props of the div holding the radios (e.g. role="radiogroup" with its label). */
  group?: HTMLAttributes<HTMLDivElement>;
}) {
  return (
    <div {...group} className="flex flex-wrap gap-2">
      {options.map((o) => (
        <label key={String(o.value)} className={choice}>
          <input
            type="radio"
            className="sr-only"
            name={name}
            {...control}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
            onBlur={onBlur}
          />
          {o.label}
        </label>
      ))}
    </div>
  );
}
