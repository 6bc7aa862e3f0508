/**
 * A file name for a download the browser names itself (a blob with `download`, so any script is
 * fine): the title's letters and digits in any script, the rest as single hyphens, none at the
 * ends; `fallback` when nothing is left. ("🚀 مهندس Test role" → "مهندس-test-role"; it was
 * "-test-role-": only a-z and 0-9 were kept, so an all-Arabic title downloaded as "-.md".)
 */
export function downloadSlug(title: string, fallback: string): string {
  const slug = title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return slug || fallback;
}
