import * as React from "react";

export function PageHeader({
  title,
  description,
  actions,
}: {
  title: string;
  description?: React.ReactNode;
  actions?: React.ReactNode;
}) {
  return (
    <div className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        {description ? <p className="mt-1 text-sm text-muted-foreground">{description}</p> : null}
      </div>
      {/* On paper the actions' links, buttons and forms are left out; a status badge stays. */}
      {actions ? (
        <div className="flex flex-wrap gap-2 print:[&_a]:hidden print:[&_button]:hidden print:[&_form]:hidden">
          {actions}
        </div>
      ) : null}
    </div>
  );
}
