import type { AuditRow } from "@/lib/data/audit-log";

/** An audit event's before/after and other recorded facts, folded (native <details>: no script). */
export function AuditEventDetails({ details }: { details: AuditRow["details"] }) {
  if (details.hidden) return <p className="text-xs text-muted-foreground italic">Details {details.why}.</p>;
  const { changes, facts } = details;
  if (!changes.length && !facts.length) return null;
  return (
    <details className="mt-1 text-xs">
      <summary className="cursor-pointer text-primary underline-offset-4 hover:underline">
        Details{changes.length ? ` (${changes.length} change${changes.length === 1 ? "" : "s"})` : ""}
      </summary>
      {changes.length ? (
        <table className="mt-2 w-full table-fixed border-collapse">
          <caption className="sr-only">Before and after</caption>
          <thead className="text-left text-muted-foreground">
            <tr>
              <th scope="col" className="w-1/4 py-1 pr-2 font-medium">
                Field
              </th>
              <th scope="col" className="py-1 pr-2 font-medium">
                Before
              </th>
              <th scope="col" className="py-1 font-medium">
                After
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border align-top">
            {changes.map((c, i) => (
              <tr key={i}>
                <th scope="row" className="py-1 pr-2 text-left font-medium break-words">
                  {c.field}
                </th>
                <td className="py-1 pr-2 break-words text-muted-foreground">{c.before}</td>
                <td className="py-1 break-words">{c.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {facts.length ? (
        <dl className="mt-2 grid grid-cols-[minmax(0,1fr)_minmax(0,3fr)] gap-x-2 gap-y-1">
          {facts.map((f, i) => (
            <div key={i} className="contents">
              <dt className="font-medium break-words">{f.field}</dt>
              <dd className="break-words text-muted-foreground">{f.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </details>
  );
}
