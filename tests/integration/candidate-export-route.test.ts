// Issue 11, finding 11 (export): a candidate's data export writes an audit event, so it is a
// POST from the app's own page, never a GET a link, an image tag or a prefetch could trigger;
// a POST from another site (or with no Origin at all) is refused with 403 before anything is
// read or written.
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as route from "../../app/api/candidates/[id]/export/route";
import { currentUser, type CurrentUser } from "../../lib/auth/session";
import { db } from "../../lib/db";
import { userByEmail } from "./helpers";

vi.mock("../../lib/auth/session", () => ({ currentUser: vi.fn() }));

const APP = "http://127.0.0.1:3000";
let recruiter: CurrentUser;
let candidateId = "";

beforeAll(async () => {
  recruiter = await userByEmail("recruiter@example.com");
  vi.mocked(currentUser).mockResolvedValue(recruiter);
  // A candidate on a role of the recruiter's own team, with no panel feedback they owe.
  const role = await db.role.findFirstOrThrow({
    where: { status: "OPEN", members: { some: { userId: recruiter.id, function: "RECRUITER" } } },
  });
  const c = await db.candidate.create({ data: { name: "Export Route Candidate", email: "export-route@example.org" } });
  await db.application.create({ data: { candidateId: c.id, roleId: role.id } });
  candidateId = c.id;
});

const exports = () => db.auditEvent.count({ where: { action: "candidate.exported", entityId: candidateId } });
const ctx = () => ({ params: Promise.resolve({ id: candidateId }) });
type Handler = (req: Request, c: ReturnType<typeof ctx>) => Promise<Response>;
const handlers = route as unknown as Record<string, Handler | undefined>;

function post(headers: Record<string, string>) {
  return handlers.POST!(
    new Request(`${APP}/api/candidates/${candidateId}/export`, {
      method: "POST",
      headers: { host: "127.0.0.1:3000", ...headers },
    }),
    ctx(),
  );
}

describe("the candidate export", () => {
  it("has no GET: nothing is exported or audited by a GET", async () => {
    expect(handlers.GET).toBeUndefined();
    expect(typeof handlers.POST).toBe("function");
  });

  it("answers a POST from the app's own page with the file, audited once", async () => {
    const before = await exports();
    const res = await post({ origin: APP });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="candidate-/);
    expect((await res.json()).candidate.email).toBe("export-route@example.org");
    expect(await exports()).toBe(before + 1);
    // Same origin by Fetch metadata when a browser sends no Origin.
    expect((await post({ "sec-fetch-site": "same-origin" })).status).toBe(200);
  });

  it("refuses a POST from another site, with a null Origin, or with no Origin at all: 403, nothing audited", async () => {
    const before = await exports();
    const refused: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "http://127.0.0.1:3001" },
      { origin: "null" },
      {},
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
      { origin: "https://evil.example", "sec-fetch-site": "same-origin" },
    ];
    for (const headers of refused) {
      const res = await post(headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(await res.json()).toEqual({ error: expect.stringMatching(/this app's own pages/) });
    }
    expect(await exports()).toBe(before);
  });
});
