// Forms check their fields on submit, then as each field changes, never on blur (fd2a2f4: at 390 px
// an error appearing as the finger left a field for the button moved the button from under it).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createFormControl, type Resolver } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { CHECK_ON_SUBMIT } from "@/components/ui/form-modes";

type Values = { email: string };
// The schema's rule, by hand: an address has an @.
const resolver: Resolver<Values> = async (values) =>
  (values.email.includes("@")
    ? { values, errors: {} }
    : { values: {}, errors: { email: { type: "invalid", message: "Enter a valid email address" } } }) as Awaited<
    ReturnType<Resolver<Values>>
  >;

const event = (type: "blur" | "change", value: string) => ({ type, target: { name: "email", value } });
const settle = () => new Promise((r) => setTimeout(r, 0));

async function afterBlur(options: Parameters<typeof createFormControl<Values>>[0]) {
  const { control, register } = createFormControl<Values>({ resolver, defaultValues: { email: "" }, ...options });
  const email = register("email");
  await email.onChange(event("change", "not-an-address"));
  await email.onBlur(event("blur", "not-an-address"));
  await settle();
  return { control, email, error: () => control._formState.errors.email?.message };
}

describe("CHECK_ON_SUBMIT", () => {
  it("shows no error when a wrong field is left (the old onTouched did: the failing case)", async () => {
    expect((await afterBlur({ mode: "onTouched" })).error()).toBe("Enter a valid email address");
    expect((await afterBlur(CHECK_ON_SUBMIT)).error()).toBeUndefined();
  });

  it("shows it on submit, then follows each change: cleared when fixed, back when broken again", async () => {
    const form = createFormControl<Values>({ resolver, defaultValues: { email: "" }, ...CHECK_ON_SUBMIT });
    const email = form.register("email");
    await email.onChange(event("change", "not-an-address"));
    let sent = false;
    await form.handleSubmit(() => {
      sent = true;
    })();
    expect(sent).toBe(false);
    expect(form.control._formState.errors.email?.message).toBe("Enter a valid email address");
    await email.onChange(event("change", "ada@example.com"));
    await settle();
    expect(form.control._formState.errors.email).toBeUndefined();
    await email.onChange(event("change", "ada"));
    await settle();
    expect(form.control._formState.errors.email?.message).toBe("Enter a valid email address");
  });
});

describe("forms in pages and components", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".tsx") ? [path.join(dir, e.name)] : [],
    );
  const sources = ["app", "components"].flatMap((d) => files(d)).map((f) => ({ f, src: readFileSync(f, "utf8") }));

  it("give every useForm CHECK_ON_SUBMIT (or check as you type from the start, mode onChange)", () => {
    const calls = sources.flatMap(({ f, src }) =>
      [...src.matchAll(/useForm(?:<[^(]*>)?\(\{([\s\S]*?)\n\s*\}\);/g)].map((m) => ({ f, options: m[1] ?? "" })),
    );
    expect(calls.length).toBeGreaterThan(15);
    const others = calls.filter(
      ({ options }) => !options.includes("...CHECK_ON_SUBMIT") && !/\bmode: "onChange"/.test(options),
    );
    expect(others.map((c) => c.f)).toEqual([]);
  });

  it("never check on blur: no onTouched / onBlur / all mode, and no blur handler of their own", () => {
    const blur = sources.filter(({ src }) =>
      /mode: "(onTouched|onBlur|all)"|reValidateMode: "onBlur"|onBlur(=\{|:\s*)\(/.test(src),
    );
    expect(blur.map((s) => s.f)).toEqual([]);
  });
});
