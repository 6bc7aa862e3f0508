// Interview."scorecardSubmittedAt" is written by the database (statement triggers on Scorecard,
// migrations interview_open_index and interview_submitted_set_based), never by the app: it is
// the latest submission time among the interview's SUBMITTED scorecards, NULL when there is none,
// whatever writes the scorecards (one row, many rows in one statement, moves, deletes).
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { freshInterviewOf } from "./helpers";

const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9));

async function submittedAt(interviewId: string) {
  return (await db.interview.findUniqueOrThrow({ where: { id: interviewId } })).scorecardSubmittedAt;
}

/** What the column must hold: max(submittedAt) over the interview's submitted scorecards. */
async function expected(interviewId: string) {
  const r = await db.scorecard.aggregate({ where: { interviewId, status: "SUBMITTED" }, _max: { submittedAt: true } });
  return r._max.submittedAt;
}

describe("Interview.scorecardSubmittedAt, kept by the database", () => {
  it("is the latest submission among several scorecards, through bulk inserts, un-submitting, moves and deletes", async () => {
    const { interview: first } = await freshInterviewOf("priya@example.com");
    const { interview: second } = await freshInterviewOf("priya@example.com");
    const matrixVersionId = (await db.matrixVersion.findFirstOrThrow({ where: { status: "PUBLISHED" } })).id;
    const [a, b, c, d] = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        db.user.create({
          data: { email: `submitted-${i}-${Date.now()}@example.org`, name: `Panelist ${i}`, kind: "INTERVIEWER" },
        }),
      ),
    );
    const submitted = (day: number) => ({
      status: "SUBMITTED" as const,
      submittedAt: at(day),
      recommendation: "YES" as const,
    });

    // One statement, several interviews and scorecards: each interview gets its own latest.
    await db.scorecard.createMany({
      data: [
        { interviewId: first.id, interviewerId: a!.id, matrixVersionId, ...submitted(3) },
        { interviewId: first.id, interviewerId: b!.id, matrixVersionId, ...submitted(5) },
        { interviewId: first.id, interviewerId: c!.id, matrixVersionId },
        { interviewId: second.id, interviewerId: a!.id, matrixVersionId },
      ],
    });
    expect(await submittedAt(first.id)).toEqual(at(5));
    expect(await submittedAt(second.id)).toBeNull();

    // An older submission inserted later does not move it back; a newer one does.
    await db.scorecard.create({
      data: { interviewId: first.id, interviewerId: d!.id, matrixVersionId, ...submitted(1) },
    });
    expect(await submittedAt(first.id)).toEqual(at(5));
    await db.scorecard.updateMany({ where: { interviewId: first.id, interviewerId: c!.id }, data: submitted(7) });
    expect(await submittedAt(first.id)).toEqual(at(7));

    // Un-submitting the latest falls back to the next one.
    await db.scorecard.updateMany({
      where: { interviewId: first.id, interviewerId: c!.id },
      data: { status: "DRAFT", submittedAt: null, recommendation: null },
    });
    expect(await submittedAt(first.id)).toEqual(at(5));

    // A scorecard moved to another interview: both interviews follow.
    await db.scorecard.updateMany({
      where: { interviewId: first.id, interviewerId: b!.id },
      data: { interviewId: second.id },
    });
    expect(await submittedAt(first.id)).toEqual(at(3));
    expect(await submittedAt(second.id)).toEqual(at(5));

    // Deleting a draft changes nothing (submitted scorecards cannot be deleted).
    await db.scorecard.deleteMany({ where: { interviewId: first.id, interviewerId: c!.id } });
    expect(await submittedAt(first.id)).toEqual(at(3));

    // Every interview of both, against the definition.
    for (const id of [first.id, second.id]) expect(await submittedAt(id)).toEqual(await expected(id));
  });
});
