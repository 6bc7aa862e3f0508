"use client";
// The role form's device copy, like the plan editor's: edits the server does not have are kept in
// this browser while typing, offered back after a reload or a closed tab (with a notice and a way
// to discard them), and dropped once the role is saved. A copy made before someone else saved
// the role is held back, and put into the form only when its editor asks: then only the fields
// they changed go over the newer version (mergeRoleEdits), the rest stays as saved.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { deviceCopy } from "@/components/ui/device-copy";
import { useCopyKeptAcrossTabs } from "@/components/ui/use-copy-kept-across-tabs";
import {
  mergeRoleEdits,
  parseRoleCopy,
  sameRole,
  typedSalaryOf,
  type RoleCopy,
  type RoleFormValues,
  type TypedSalary,
} from "@/lib/roles/role-copy";
import type { RoleInput } from "@/lib/validation/role";
import { olderRoleCopyKey, roleCopyId, roleCopyKey } from "./role-copies";

export function useRoleCopy(opts: {
  userId: string;
  roleId?: string;
  /** The role's version the form was loaded at (absent for a new role). */
  version?: number;
  initial: RoleInput;
  form: UseFormReturn<RoleInput>;
  /** What a salary end's field shows, as typed (the form holds a parsed number, NaN for "about 120"). */
  salaryText: (name: keyof TypedSalary) => string | undefined;
}) {
  const { userId, roleId, version, initial, form } = opts;
  const copyId = roleCopyId(roleId, initial.templateId);
  const store = useMemo(() => deviceCopy(roleCopyKey(userId, copyId), parseRoleCopy), [userId, copyId]);
  // Held apart under its own key, so the edits made meanwhile (kept like any other) never replace it.
  const olderStore = useMemo(() => deviceCopy(olderRoleCopyKey(userId, copyId), parseRoleCopy), [userId, copyId]);
  const baseVersion = version ?? null;
  const [restored, setRestored] = useState<RoleCopy | null>(null);
  const [stale, setStale] = useState<RoleCopy | null>(null);
  const first = useRef({ initial, form, baseVersion, salaryText: opts.salaryText });

  // This tab's values as the copy: cleared once they are what the server holds.
  const write = useCallback(
    (values: Partial<RoleFormValues>) => {
      const { initial: onServer, baseVersion: loadedAt, salaryText } = first.current;
      const typedSalary = typedSalaryOf(salaryText);
      if (!typedSalary && sameRole(values, onServer)) return store.clear();
      store.write({
        values: values as RoleFormValues,
        base: onServer as RoleFormValues,
        baseVersion: loadedAt,
        at: new Date().toISOString(),
        title: (values.title ?? "").trim(),
        ...(typedSalary ? { typedSalary } : {}),
      });
    },
    [store],
  );

  // Read after mount (storage is the browser's), once per page; then keep the copy as the form changes.
  useEffect(() => {
    const { initial: onServer, form: f, baseVersion: loadedAt } = first.current;
    const copy = store.read();
    let held = olderStore.read();
    if (!copy || (!copy.typedSalary && sameRole(copy.values, onServer))) store.clear();
    else if (copy.baseVersion === loadedAt) {
      f.reset(copy.values as RoleInput, { keepDefaultValues: true });
      putTypedSalary(f, copy.typedSalary);
      setRestored(copy);
    } else {
      olderStore.write(copy); // the newest work on an older role replaces an older held copy
      held = copy;
      store.clear();
    }
    if (held && sameRole(held.values, onServer)) {
      olderStore.clear(); // what it held was saved since
      held = null;
    }
    setStale(held);
    const sub = f.watch((values) => write(values as Partial<RoleFormValues>));
    return () => sub.unsubscribe();
  }, [store, olderStore, write]);
  // Another tab of this form saving or discarding clears the shared copy: this tab's edits go back.
  useCopyKeptAcrossTabs({
    storageKey: roleCopyKey(userId, copyId),
    userId,
    unsaved: form.formState.isDirty,
    write: () => write(form.getValues() as Partial<RoleFormValues>),
  });

  const reset = useCallback(() => {
    form.reset(initial);
    store.clear();
    setRestored(null);
  }, [form, initial, store]);

  return {
    restored,
    stale,
    /** Puts the held-back copy's changes in the form, over the newer role; saving them is a choice. */
    applyStale: () => {
      if (!stale) return;
      const merged = mergeRoleEdits(initial as RoleFormValues, stale.values, stale.base);
      form.reset(merged as RoleInput, { keepDefaultValues: true });
      putTypedSalary(form, stale.typedSalary);
      setRestored(stale);
      setStale(null);
      olderStore.clear();
    },
    discardStale: () => {
      olderStore.clear();
      setStale(null);
    },
    /** Back to what the server holds. */
    discard: reset,
    /** After a successful save: the server has it. */
    saved: () => store.clear(),
  };
}

/**
 * The salary text that was not a number yet, back in its field as typed: the form then holds the
 * text, which the schema refuses at save with the field's message, as it would have refused NaN.
 */
function putTypedSalary(form: UseFormReturn<RoleInput>, typed: TypedSalary | undefined) {
  for (const name of ["salaryMin", "salaryMax"] as const) {
    const text = typed?.[name];
    if (text) form.setValue(name, text as unknown as number, { shouldDirty: true });
  }
}
