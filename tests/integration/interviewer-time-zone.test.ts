// Invitation and reschedule emails give the time in the interviewer's own zone (User.timeZone,
// recorded from their browser's tz cookie), naming it; UTC, said so, while it is not known.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { addCandidateToRole } from "../../lib/applications/service";
import type { CurrentUser } from "../../lib/auth/session";
import { db } from "../../lib/db";
import { scheduleStage } from "../../lib/interviews/schedule";
import type { MailAttachment } from "../../lib/mail";
import { recordTimeZone } from "../../lib/people/time-zone";
import { userByEmail } from "./helpers";

type Mail = { to: string; subject: string; text: string; attachments?: MailAttachment[] };
const sent: Mail[] = [];
vi.mock("../../lib/mail", () => ({
  sendMail: async (msg: Mail) => {
    sent.push(msg);
  },
}));
beforeEach(() => {
  sent.length = 0;
});

let owner: CurrentUser;
let roleId = "";
let stage: { id: string; interviewers: { userId: string }[] };

beforeAll(async () => {
  const role = await db.role.findFirstOrThrow({
    where: { title: "AI Platform Engineer" },
    include: { stages: { orderBy: { position: "asc" }, include: { interviewers: true } } },
  });
  roleId = role.id;
  stage = role.stages.find((s) => s.interviewers.length > 0 && s.position > 0) ?? role.stages[1]!;
  owner = await userByEmail("manager@example.com");
});

describe("the interviewer's time zone", () => {
  it("is recorded only when it is a zone and differs from the stored one", async () => {
    const who = { id: stage.interviewers[0]!.userId };
    await db.user.update({ where: { id: who.id }, data: { timeZone: null } });
    expect(await recordTimeZone(who, "Not/AZone")).toEqual({ ok: true, recorded: false });
    expect(await recordTimeZone(who, null)).toEqual({ ok: true, recorded: false });
    expect(await recordTimeZone(who, "Asia/Tokyo")).toEqual({ ok: true, recorded: true });
    expect(await recordTimeZone(who, "Asia/Tokyo")).toEqual({ ok: true, recorded: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: who.id } })).timeZone).toBe("Asia/Tokyo");
  });

  it("gives the invitation's and the reschedule's time in it; UTC, named and explained, when unknown", async () => {
    const [first, ...others] = stage.interviewers.map((i) => i.userId);
    await db.user.update({ where: { id: first! }, data: { timeZone: "Asia/Tokyo" } });
    await db.user.updateMany({ where: { id: { in: others } }, data: { timeZone: null } });
    const res = await addCandidateToRole(owner, {
      roleId,
      candidate: { name: "Zone Candidate", email: `zone-${Date.now()}@example.org`, source: "", headline: "" },
    });
    if (!res.ok) throw new Error(res.message);
    const tokyo = (await db.user.findUniqueOrThrow({ where: { id: first! } })).email;
    expect(
      await scheduleStage(owner, {
        applicationId: res.applicationId,
        stageId: stage.id,
        scheduledAt: "2030-12-01T14:00:00.000Z",
      }),
    ).toMatchObject({
      ok: true,
    });
    const mine = sent.find((m) => m.to === tokyo)!;
    expect(mine.text).toMatch(/1 Dec 2030, 23:00 .*\(Asia\/Tokyo time\)/);
    for (const m of sent.filter((x) => x.to !== tokyo))
      expect(m.text).toMatch(/14:00 UTC \(UTC: your time zone is not known yet/);

    sent.length = 0;
    await scheduleStage(owner, {
      applicationId: res.applicationId,
      stageId: stage.id,
      scheduledAt: "2030-12-02T01:30:00.000Z",
    });
    expect(sent.find((m) => m.to === tokyo)!.text).toMatch(
      /Your interview has moved: .* 2 Dec 2030, 10:30 .*\(Asia\/Tokyo time\)/,
    );
  });
});
