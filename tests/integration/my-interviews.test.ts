// "My interviews" for anyone on a panel, and the interview kit's questions.
import { describe, expect, it } from "vitest";
import { navLinksFor } from "../../components/layout/nav-links";
import { db } from "../../lib/db";
import { allMyInterviews, interviewerInterviews } from "../../lib/data/my-interviews";
import { interviewKit } from "../../lib/data/interview-kit";
import { interviewNav } from "../../lib/reminders/service";
import { freshInterviewOf, userByEmail } from "./helpers";

describe("my interviews for a manager who interviews", () => {
  it("lists the manager's own interviews only, with the link and badge in the navigation", async () => {
    const { user: manager, interview } = await freshInterviewOf("manager@example.com");
    const { interview: someoneElses } = await freshInterviewOf("priya@example.com");
    const list = allMyInterviews(await interviewerInterviews(manager));
    const ids = list.map((i) => i.id);
    expect(ids).toContain(interview.id);
    expect(ids).not.toContain(someoneElses.id);
    expect(list.every((i) => i.interviewerId === manager.id)).toBe(true);
    expect(list.find((i) => i.id === interview.id)?.bucket).toBe("todo");

    const nav = await interviewNav(manager.id);
    expect(nav.assigned).toBe(Math.min(1, await db.interview.count({ where: { interviewerId: manager.id } })));
    expect(navLinksFor(manager.kind, nav.assigned > 0).map((l) => l.href)).toContain("/interviews");
    // Opening the kit works for their own interview and not for someone else's.
    expect(await interviewKit(manager, interview.id)).not.toBeNull();
    expect(await interviewKit(manager, someoneElses.id)).toBeNull();
  });

  it("gives no interviews link to a recruiter with none, and one once they interview", async () => {
    const recruiter = await userByEmail("recruiter@example.com");
    const before = await interviewNav(recruiter.id);
    expect(navLinksFor("RECRUITER", before.assigned > 0).some((l) => l.href === "/interviews")).toBe(
      before.assigned > 0,
    );
    await freshInterviewOf("recruiter@example.com");
    expect(navLinksFor("RECRUITER", (await interviewNav(recruiter.id)).assigned > 0).map((l) => l.href)).toContain(
      "/interviews",
    );
    expect(navLinksFor("INTERVIEWER", false).filter((l) => l.href === "/interviews")).toHaveLength(1);
    expect(navLinksFor("INTERVIEWER", true).filter((l) => l.href === "/interviews")).toHaveLength(1);
  });
});

describe("searching my interviews by candidate", () => {
  it("narrows every bucket and the submitted history to the candidates named, accents and case aside", async () => {
    const sam = await userByEmail("interviewer@example.com");
    const all = allMyInterviews(await interviewerInterviews(sam, { size: 200 }));
    expect(all.length).toBeGreaterThan(1);
    const someone = all[0]!.application.candidate.name;
    const word = someone.split(" ")[0]!;
    const found = await interviewerInterviews(sam, { q: word.toUpperCase(), size: 200 });
    const rows = allMyInterviews(found);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.application.candidate.name.toLowerCase().includes(word.toLowerCase()))).toBe(true);
    // The totals count what the search matches, bucket by bucket.
    const expected = all.filter((r) => r.application.candidate.name.toLowerCase().includes(word.toLowerCase()));
    const totals = Object.values(found.buckets).reduce((n, b) => n + b.total, 0) + found.submitted.total;
    expect(totals).toBe(expected.length);
    // Only Sam's own interviews, whoever else interviews that candidate.
    expect(rows.every((r) => r.interviewerId === sam.id)).toBe(true);
    // Nobody by that name, and a query of apostrophes alone: nothing, and no error.
    for (const q of ["no-candidate-by-this-name", "'’"]) {
      const none = await interviewerInterviews(sam, { q });
      expect(allMyInterviews(none)).toEqual([]);
      expect(none.submitted.total).toBe(0);
    }
  });
});

describe("interview kit", () => {
  it("shows questions assigned to the stage from a domain it does not score, under other questions", async () => {
    const { user, interview, domainIds } = await freshInterviewOf("interviewer@example.com");
    const other = await db.question.findFirstOrThrow({ where: { domainId: { notIn: domainIds }, retiredAt: null } });
    const focus = await db.question.findFirstOrThrow({ where: { domainId: domainIds[0], retiredAt: null } });
    const stageId = interview.stageId;
    const last = await db.stageQuestion.aggregate({ where: { stageId }, _max: { position: true } });
    let position = (last._max.position ?? 0) + 1;
    for (const q of [other, focus]) {
      await db.stageQuestion.upsert({
        where: { stageId_questionId: { stageId, questionId: q.id } },
        create: { stageId, questionId: q.id, position: position++ },
        update: {},
      });
    }
    const kit = await interviewKit(user, interview.id);
    expect(kit).not.toBeNull();
    expect(kit!.otherQuestions.map((q) => q.id)).toContain(other.id);
    expect(kit!.otherQuestions.find((q) => q.id === other.id)?.domainName).toBeTruthy();
    expect(kit!.otherQuestions.map((q) => q.id)).not.toContain(focus.id);
    expect(kit!.domains.find((d) => d.domainId === domainIds[0])?.questions.map((q) => q.id)).toContain(focus.id);
    // Only focus domains are scored.
    expect(kit!.domains.map((d) => d.domainId).sort()).toEqual([...domainIds].sort());
  });
});

describe("an interview's submission time, kept by the database", () => {
  it("follows its scorecard: set on submit, moved with an amended time, cleared when it is not submitted, and the buckets follow", async () => {
    const { user, interview } = await freshInterviewOf("priya@example.com");
    const submittedAt = async () =>
      (await db.interview.findUniqueOrThrow({ where: { id: interview.id } })).scorecardSubmittedAt;
    const bucket = async () =>
      allMyInterviews(await interviewerInterviews(user, { size: 200 })).find((i) => i.id === interview.id)?.bucket;
    const matrixVersionId = (await db.matrixVersion.findFirstOrThrow({ where: { status: "PUBLISHED" } })).id;
    const card = await db.scorecard.create({
      data: { interviewId: interview.id, interviewerId: user.id, matrixVersionId },
    });
    expect(await submittedAt()).toBeNull();
    expect(await bucket()).toBe("draft");

    const at = new Date(Date.UTC(2026, 10, 2, 9));
    await db.scorecard.update({
      where: { id: card.id },
      data: { status: "SUBMITTED", submittedAt: at, recommendation: "YES" },
    });
    expect(await submittedAt()).toEqual(at);
    const history = await interviewerInterviews(user, { size: 200 });
    expect(history.submitted.rows.map((r) => r.id)).toContain(interview.id);
    expect(history.submitted.total).toBe(
      await db.interview.count({ where: { interviewerId: user.id, scorecards: { some: { status: "SUBMITTED" } } } }),
    );

    const later = new Date(Date.UTC(2026, 10, 3, 9));
    await db.scorecard.update({ where: { id: card.id }, data: { submittedAt: later } });
    expect(await submittedAt()).toEqual(later);

    await db.scorecard.update({ where: { id: card.id }, data: { status: "DRAFT", submittedAt: null } });
    expect(await submittedAt()).toBeNull();
    expect(await bucket()).toBe("draft");
  });
});
