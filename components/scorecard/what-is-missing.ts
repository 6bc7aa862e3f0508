// What the submit bar names as missing, in the desktop's long words and the phone's short ones,
// and where "Go to it" goes: the answers' gaps, then an amendment's reason (it sits at the form's
// end: the bar names it, or "Save amendment" would be disabled unexplained).
import { AMEND_REASON_MIN, type missingItems } from "@/lib/validation/scorecard-rules";
import type { MissingTarget } from "./go-to-missing";

export function whatIsMissing(
  items: ReturnType<typeof missingItems>,
  { readOnly, amending, reason }: { readOnly: boolean; amending: boolean; reason: string },
) {
  const missing = items.map((m) => m.long);
  const missingShort = items.map((m) => m.short);
  const reasonMissing = amending && reason.trim().length < AMEND_REASON_MIN;
  const barMissing = readOnly
    ? []
    : reasonMissing
      ? [...missing, `a reason for the amendment (at least ${AMEND_REASON_MIN} characters)`]
      : missing;
  const barMissingShort = readOnly ? [] : reasonMissing ? [...missingShort, "reason"] : missingShort;
  const firstMissing: MissingTarget | undefined = readOnly
    ? undefined
    : (items[0]?.field ?? (reasonMissing ? { kind: "reason" } : undefined));
  return { missing, reasonMissing, barMissing, barMissingShort, firstMissing };
}
