// Which two versions the matrix comparison shows, from its address: a version by id (the form's
// choice) or by number, as people write it ("from=1&to=2"). Pure: the page passes the versions.

export type VersionChoice = {
  id: string;
  number: number | null;
  status: string;
  basedOnId: string | null;
  label: string;
};

export type DiffChoice<V extends VersionChoice> = {
  from: V | undefined;
  to: V | undefined;
  /** Sentences for an address value that names no version here (an old or mistyped link). */
  unknown: string[];
};

function byParam<V extends VersionChoice>(versions: V[], asked: string | undefined): V | undefined {
  if (asked === undefined) return undefined;
  const number = /^\d{1,9}$/.test(asked) ? Number(asked) : null;
  return versions.find((v) => v.id === asked || (number !== null && v.number === number));
}

/**
 * `versions` newest first, the draft before them (versionChoices). Without a choice: the draft
 * (or the newest version) against the version it was based on, else the newest other published one.
 */
export function chooseDiffVersions<V extends VersionChoice>(
  versions: V[],
  asked: { from?: string; to?: string },
): DiffChoice<V> {
  const to = byParam(versions, asked.to) ?? versions[0];
  const from =
    byParam(versions, asked.from) ??
    versions.find((v) => v.id === to?.basedOnId) ??
    versions.find((v) => v.status === "PUBLISHED" && v.id !== to?.id);
  const unknown = (label: string, value: string | undefined, shown: V | undefined) =>
    value && !byParam(versions, value)
      ? `The link's “${label}” (${value.slice(0, 40)}) is not a version here${shown ? `: showing ${shown.label}` : ""}.`
      : null;
  return {
    from,
    to,
    unknown: [unknown("From", asked.from, from), unknown("To", asked.to, to)].filter((s): s is string => s !== null),
  };
}
