// Apart from cursor.ts (node:crypto), so the pager and the browser's bundles can name it.
/** `?before=end`: a list's last page, read backward from its end. */
export const LAST_PAGE = "end";
