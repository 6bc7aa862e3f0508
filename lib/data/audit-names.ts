import "server-only";
import { entityKey, idsInData, type AuditNames, type EntityName } from "../audit-text";
import { db } from "../db";

// Names for one page of audit events: one lookup per kind of object the page mentions, each by
// primary key for the page's ids only (never a whole table), all at once.

type NamedEvent = { entityType: string; entityId: string; /** Only data the viewer may see. */ data?: unknown };

const ERASED = "Erased candidate";
const candidateName = (c: { name: string; erasedAt: Date | null }) => (c.erasedAt ? ERASED : c.name);
const short = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export async function auditNames(events: readonly NamedEvent[]): Promise<AuditNames> {
  const idsOf = (type: string) => [...new Set(events.filter((e) => e.entityType === type).map((e) => e.entityId))];
  const dataIds = new Set<string>();
  for (const e of events) idsInData(e.data, "", dataIds);
  const users = [...new Set([...idsOf("User"), ...dataIds])];
  const questions = [...new Set([...idsOf("Question"), ...dataIds])];
  const some = <T>(ids: string[], read: (ids: string[]) => Promise<T[]>) =>
    ids.length ? read(ids) : Promise.resolve([] as T[]);
  const appSelect = {
    candidate: { select: { name: true, erasedAt: true } },
    role: { select: { title: true } },
  } as const;

  const [cards, apps, candidates, roles, people, qs, versions, cells, tokens, domains, stages, indicators, clusters] =
    await Promise.all([
      some(idsOf("Scorecard"), (ids) =>
        db.scorecard.findMany({
          where: { id: { in: ids } },
          select: {
            id: true,
            interview: { select: { stage: { select: { name: true } }, application: { select: appSelect } } },
          },
        }),
      ),
      some(idsOf("Application"), (ids) =>
        db.application.findMany({ where: { id: { in: ids } }, select: { id: true, ...appSelect } }),
      ),
      some(idsOf("Candidate"), (ids) =>
        db.candidate.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, erasedAt: true } }),
      ),
      some(idsOf("Role"), (ids) => db.role.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })),
      some(users, (ids) => db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })),
      some(questions, (ids) =>
        db.question.findMany({ where: { id: { in: ids } }, select: { id: true, prompt: true } }),
      ),
      some(idsOf("MatrixVersion"), (ids) =>
        db.matrixVersion.findMany({ where: { id: { in: ids } }, select: { id: true, number: true } }),
      ),
      some(idsOf("MatrixCell"), (ids) =>
        db.matrixCell.findMany({
          where: { id: { in: ids } },
          select: { id: true, level: true, domainId: true, versionId: true, cluster: { select: { name: true } } },
        }),
      ),
      some(idsOf("ApiToken"), (ids) =>
        db.apiToken.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
      ),
      some([...dataIds], (ids) =>
        db.matrixVersionDomain.findMany({
          where: { domainId: { in: ids } },
          orderBy: { version: { createdAt: "desc" } },
          distinct: ["domainId"],
          select: { domainId: true, shortName: true },
        }),
      ),
      some([...dataIds], (ids) =>
        db.interviewStage.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
      ),
      // Indicators a scorecard marked as observed (an amendment's before and after).
      some([...dataIds], (ids) =>
        db.indicator.findMany({ where: { id: { in: ids } }, select: { id: true, text: true } }),
      ),
      // The cluster of an emphasis change (it was left out, unnamed: "domain X, emphasis peripheral").
      some([...dataIds], (ids) =>
        db.roleCluster.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
      ),
    ]);
  // A cell is named by its domain in its own version (one more lookup, by primary key).
  const cellDomains = cells.length
    ? await db.matrixVersionDomain.findMany({
        where: { OR: cells.map((c) => ({ versionId: c.versionId, domainId: c.domainId })) },
        select: { versionId: true, domainId: true, shortName: true },
      })
    : [];

  const entities = new Map<string, EntityName>();
  const put = (type: string, id: string, name: EntityName) => entities.set(entityKey(type, id), name);
  for (const c of cards) {
    const { stage, application } = c.interview;
    const candidate = candidateName(application.candidate);
    put("Scorecard", c.id, {
      label: `the ${stage.name} scorecard for ${candidate}`,
      candidate,
      role: application.role.title,
    });
  }
  for (const a of apps) {
    const candidate = candidateName(a.candidate);
    put("Application", a.id, { label: `${candidate} (${a.role.title})`, candidate, role: a.role.title });
  }
  for (const c of candidates) put("Candidate", c.id, { label: candidateName(c) });
  for (const r of roles) put("Role", r.id, { label: r.title });
  for (const u of people) put("User", u.id, { label: u.name });
  for (const q of qs) put("Question", q.id, { label: `the question “${short(q.prompt)}”` });
  for (const v of versions)
    put("MatrixVersion", v.id, { label: v.number ? `matrix version ${v.number}` : "the matrix draft" });
  for (const c of cells) {
    const domain =
      cellDomains.find((d) => d.versionId === c.versionId && d.domainId === c.domainId)?.shortName ?? "a domain";
    put("MatrixCell", c.id, { label: `the ${domain} · ${c.cluster.name} · Level ${c.level} cell` });
  }
  for (const t of tokens) put("ApiToken", t.id, { label: `the API token “${t.name}”` });

  const ids = new Map<string, string>();
  for (const u of people) ids.set(u.id, u.name);
  for (const q of qs) ids.set(q.id, `“${short(q.prompt, 40)}”`);
  for (const d of domains) ids.set(d.domainId, d.shortName);
  for (const s of stages) ids.set(s.id, s.name);
  for (const i of indicators) ids.set(i.id, `“${short(i.text, 50)}”`);
  for (const c of clusters) ids.set(c.id, c.name);
  return { entities, ids };
}
