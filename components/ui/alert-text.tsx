/** A refusal or failure said next to the control that caused it (announced by screen readers); nothing when there is none. */
export function AlertText({ message }: { message: string | null | undefined }) {
  return message ? (
    <span role="alert" className="text-sm text-danger">
      {message}
    </span>
  ) : null;
}
