/**
 * How a domain that a newer matrix version retired is named wherever old scorecards, stages,
 * check-ins or questions still refer to it: its last name, marked, never its id.
 */
export const retiredName = (name: string) => `${name} (retired)`;
