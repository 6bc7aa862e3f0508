// Role templates (Technology Career Roadmap 2026) and the interview question bank.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { questionBank } from "./content/question-bank";
import { roleTemplates } from "./content/role-templates";
import type { MatrixIds } from "./seed-matrix";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export async function seedCatalogue(tx: Tx, ids: MatrixIds) {
  const templateIds: Record<string, string> = {};
  for (const t of roleTemplates) {
    const row = await tx.roleTemplate.create({
      data: {
        key: t.key,
        title: t.title,
        clusterId: ids.clusterIds[t.clusterKey]!,
        seniority: t.seniority,
        summary: t.summary,
        owns: t.owns,
        requiredSkills: t.requiredSkills,
        tools: t.tools,
        salaryMin: t.salaryMin,
        salaryMax: t.salaryMax,
        currency: t.currency,
        remoteFriendliness: t.remoteFriendliness,
        timeToHire: t.timeToHire,
        source: t.source,
        targets: {
          create: Object.entries(t.targets).map(([dk, level]) => ({ domainId: ids.domainIds[dk]!, level })),
        },
      },
    });
    templateIds[t.key] = row.id;
  }
  await tx.question.createMany({
    data: questionBank.map((q) => ({
      key: q.key,
      domainId: ids.domainIds[q.domainKey]!,
      level: q.level,
      prompt: q.prompt,
      answerL1: q.answers[1],
      answerL2: q.answers[2],
      answerL3: q.answers[3],
    })),
  });
  const questions = await tx.question.findMany({ select: { id: true, domainId: true, level: true } });
  return { templateIds, questions };
}
