// Builds the role form's input from a saved role, so a test changes only what it means to.
import { db } from "../../lib/db";
import { roleToInput } from "../../lib/roles/role-input";
import type { RoleInput } from "../../lib/validation/role";

export async function roleInputOf(
  roleId: string,
  change: (targets: RoleInput["targets"]) => RoleInput["targets"] = (t) => t,
): Promise<RoleInput> {
  const role = await db.role.findUniqueOrThrow({ where: { id: roleId }, include: { targets: true, members: true } });
  const domains = await db.matrixVersionDomain.findMany({
    where: { versionId: role.matrixVersionId },
    orderBy: { position: "asc" },
  });
  const input = roleToInput(
    role,
    domains.map((d) => d.domainId),
  );
  return { ...input, targets: change(input.targets) };
}
