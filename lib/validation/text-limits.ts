// How a text box's limit is shown and announced where the person types. Plain TypeScript (no
// zod) so any page can ship it; the limit itself comes from the field's zod schema (`maxOf`),
// the one the server checks, so the number shown is the number enforced.

/** The field schema's `.max(n)`: zod 4 strings carry it as `maxLength`. Throws when there is none (a counter without a limit is a bug). */
export function maxOf(schema: unknown): number {
  const max = (schema as { maxLength?: number | null } | null)?.maxLength;
  if (typeof max !== "number" || !Number.isFinite(max)) throw new Error("This field's schema has no maximum length");
  return max;
}

const n = (x: number) => x.toLocaleString("en");

/**
 * The first `max` UTF-16 units of `text` (the unit the limits count in), never half a character:
 * a cut between an emoji's two halves drops the first half too, where `slice` left a lone
 * surrogate that the server stores as "\uFFFD" (a garbled last character on every other device).
 */
export function cutToLimit(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/**
 * "1,234 / 5,000 characters", or how far over and what happens then: `overNote` follows the
 * count ("Shorten it to save." unless the form says otherwise, e.g. a draft that keeps saving).
 */
export function characterCountText(
  length: number,
  max: number,
  overNote = "Shorten it to save.",
): { text: string; over: boolean } {
  if (length <= max) return { text: `${n(length)} / ${n(max)} characters`, over: false };
  const over = length - max;
  return {
    text: `${n(over)} ${over === 1 ? "character" : "characters"} over the ${n(max)} limit: ${overNote}`,
    over: true,
  };
}

/** From this share of the limit on, the count turns amber and a screen reader hears "near the limit". */
export const NEAR_LIMIT = 0.9;

export type LimitState = "fine" | "near" | "over";
export function limitState(length: number, max: number): LimitState {
  return length > max ? "over" : length >= Math.floor(max * NEAR_LIMIT) ? "near" : "fine";
}

/**
 * What a screen reader is told, politely, as the text grows: nothing until the limit is near,
 * then once when it is near and once when it is passed (the words change only at those points,
 * so typing is not interrupted at every keystroke; the exact count is in the field's description).
 */
export function limitAnnouncement(length: number, max: number): string {
  const state = limitState(length, max);
  if (state === "near") return `Near the ${n(max)}-character limit.`;
  if (state === "over") return `Over the ${n(max)}-character limit.`;
  return "";
}
