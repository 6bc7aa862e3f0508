import { StatusNote } from "@/components/ui/status-note";

/**
 * A link asked for something this page has no such thing of (a mistyped cluster): say what is
 * shown instead, rather than show it silently under the link's name.
 */
export function UnknownChoiceNote({
  asked,
  what,
  shown,
}: {
  /** The link's value, or undefined when the link named nothing. */
  asked: string | undefined;
  what: string;
  /** The key and name of what is shown. */
  shown: { key: string; name: string };
}) {
  if (asked === undefined || asked === shown.key) return null;
  return (
    <StatusNote>
      There is no {what} “{asked.slice(0, 40)}”: showing {shown.name}.
    </StatusNote>
  );
}
