"use client";
import { setEmphasisAction } from "@/lib/matrix/actions";
import { EMPHASES, type EmphasisName } from "@/lib/matrix/json-format";
import { useRunner } from "./use-runner";
import { Select } from "@/components/ui/select";

/** How much a domain matters for the cluster being edited. */
export function EmphasisSelect({
  clusterId,
  clusterName,
  domainId,
  domainName,
  value,
}: {
  clusterId: string;
  clusterName: string;
  domainId: string;
  domainName: string;
  value: EmphasisName;
}) {
  const { pending, error, run } = useRunner();
  const id = `emphasis-${clusterId}-${domainId}`;
  return (
    <span className="inline-flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor={id} className="text-muted-foreground">
        Emphasis
        <span className="sr-only">
          {" "}
          of {domainName} for {clusterName}
        </span>
      </label>
      <Select
        id={id}
        defaultValue={value}
        disabled={pending}
        onChange={(e) =>
          run(() => setEmphasisAction({ clusterId, domainId, emphasis: e.target.value as EmphasisName }))
        }
        size="xs"
      >
        {EMPHASES.map((e) => (
          <option key={e} value={e}>
            {e}
          </option>
        ))}
      </Select>
      {error ? (
        <span role="alert" className="text-xs text-danger">
          {error}
        </span>
      ) : null}
    </span>
  );
}
