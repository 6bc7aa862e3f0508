// A question's level anchors, so a reader of its rating spread knows what each level means here:
// the matrix's proficiency levels (name, summary), the question's own model answer per level, and
// the matrix's indicators for the question's domain at each level, per role cluster and matrix
// version the question was rated in (the roles given: those whose ratings the viewer may see).
// A question not rated yet gets the newest published matrix's clusters.
import "server-only";
import { db } from "../db";

export type LevelAnchor = {
  level: number;
  name: string;
  summary: string;
  /** The question's model answer at this level (levels 1 to 3). */
  answer: string | null;
};
export type ClusterAnchors = {
  cluster: string;
  version: number | null;
  /** The matrix's indicators for the domain at each level, level 1 to 3. */
  indicators: { level: number; texts: string[] }[];
};

export async function questionLevelAnchors(questionId: string, roleIds: string[]) {
  const question = await db.question.findUnique({
    where: { id: questionId },
    select: { domainId: true, answerL1: true, answerL2: true, answerL3: true },
  });
  if (!question) return null;
  const [levels, roles] = await Promise.all([
    db.proficiencyLevel.findMany({ orderBy: { rank: "asc" }, select: { rank: true, name: true, summary: true } }),
    db.role.findMany({ where: { id: { in: roleIds } }, select: { clusterId: true, matrixVersionId: true } }),
  ]);
  let where: { versionId: string; clusterId?: string }[] = [
    ...new Map(
      roles.map((r) => [
        `${r.matrixVersionId}:${r.clusterId}`,
        { versionId: r.matrixVersionId, clusterId: r.clusterId },
      ]),
    ).values(),
  ];
  if (where.length === 0) {
    const newest = await db.matrixVersion.findFirst({
      where: { status: "PUBLISHED" },
      orderBy: { number: "desc" },
      select: { id: true },
    });
    where = newest ? [{ versionId: newest.id }] : [];
  }
  const cells = where.length
    ? await db.matrixCell.findMany({
        where: { domainId: question.domainId, OR: where },
        orderBy: [{ version: { number: "desc" } }, { cluster: { position: "asc" } }, { level: "asc" }],
        select: {
          level: true,
          versionId: true,
          clusterId: true,
          cluster: { select: { name: true } },
          version: { select: { number: true } },
          indicators: { orderBy: { position: "asc" }, select: { text: true } },
        },
      })
    : [];
  const clusters = new Map<string, ClusterAnchors>();
  for (const c of cells) {
    const key = `${c.versionId}:${c.clusterId}`;
    const group = clusters.get(key) ?? { cluster: c.cluster.name, version: c.version.number, indicators: [] };
    group.indicators.push({ level: c.level, texts: c.indicators.map((i) => i.text) });
    clusters.set(key, group);
  }
  const answers: Record<number, string> = { 1: question.answerL1, 2: question.answerL2, 3: question.answerL3 };
  return {
    levels: levels.map((l): LevelAnchor => ({
      level: l.rank,
      name: l.name,
      summary: l.summary,
      answer: answers[l.rank]?.trim() || null,
    })),
    clusters: [...clusters.values()],
  };
}
export type QuestionLevelAnchors = NonNullable<Awaited<ReturnType<typeof questionLevelAnchors>>>;
