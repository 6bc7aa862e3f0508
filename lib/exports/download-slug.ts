/**
 * A title as part of a file name: letters and digits, the rest as single hyphens, none at the
 * ends, at most `max` characters. `ascii` for a name sent in a header (accents dropped, other
 * scripts lost); otherwise any script is kept, for a download the browser names itself.
 */
export function titleSlug(title: string, { ascii = false, max = 80 } = {}): string {
  const text = ascii ? title.normalize("NFKD").replace(/[\u0300-\u036f]/g, "") : title.normalize("NFKC");
  return text
    .toLowerCase()
    .replace(ascii ? /[^a-z0-9]+/g : /[^\p{L}\p{M}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/g, "");
}

/**
 * A file name for a blob download (`download` attribute): the title in any script, `fallback`
 * when nothing is left. ("🚀 مهندس Test role" → "مهندس-test-role"; only a-z and 0-9 were kept
 * before, so an all-Arabic title downloaded as "-.md".)
 */
export const downloadSlug = (title: string, fallback: string) => titleSlug(title) || fallback;
