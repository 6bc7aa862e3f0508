// When a react-hook-form form checks its fields: on submit, then as each field changes. Spread it
// into every useForm (`useForm({ resolver, ...CHECK_ON_SUBMIT, defaultValues })`).
// Not on blur ("onTouched", "onBlur"): at 390 px an error that appears as the finger leaves a
// field for the button pushes the button down from under the finger, and the tap lands on
// nothing (fd2a2f4, the add-person form). A form that checks as you type from the first key
// (a live preview) uses mode "onChange" instead, which also never checks on blur.
export const CHECK_ON_SUBMIT = { mode: "onSubmit", reValidateMode: "onChange" } as const;
