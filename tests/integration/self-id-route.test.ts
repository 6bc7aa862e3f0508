// The self-identification endpoint (app/api/self-id/route.ts): the candidate's plain HTML form
// always gets a page back (a redirect to the form with a fixed message code), whatever was
// tampered with; a script sending JSON keeps a JSON 4xx. Never a 500.
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../app/api/self-id/route";
import { db } from "../../lib/db";
import { createSelfIdLink } from "../../lib/fair-hiring/self-id";
import { SELF_ID_FORM_ERRORS, selfIdFormErrorMessage } from "../../lib/validation/self-id";
import { userByEmail } from "./helpers";

const APP = "http://127.0.0.1:3000";
let token = "";
let candidateId = "";
let seq = 0;

beforeAll(async () => {
  const c = await db.candidate.create({ data: { name: "Self-id route person", email: "selfid-route@example.org" } });
  candidateId = c.id;
  const made = await createSelfIdLink(await userByEmail("recruiter@example.com"), { candidateId: c.id });
  if (!made.ok) throw new Error(made.message);
  token = made.url.split("/self-id/")[1]!;
});

/** A POST from the app's own page; each from its own address, so the bad-link throttle never decides a test. */
function post(body: BodyInit, contentType: string | null, extra: Record<string, string> = {}) {
  seq += 1;
  const headers: Record<string, string> = {
    host: "127.0.0.1:3000",
    origin: APP,
    "x-forwarded-for": `10.77.0.${seq}`,
    referer: `${APP}/self-id/${token}`,
    ...extra,
  };
  if (contentType) headers["content-type"] = contentType;
  return POST(new Request(`${APP}/api/self-id`, { method: "POST", headers, body }));
}
const formPost = (fields: Record<string, string>, extra?: Record<string, string>) =>
  post(new URLSearchParams(fields).toString(), "application/x-www-form-urlencoded", extra);

/** The redirect's target: path and `error` code. */
function target(res: Response) {
  expect(res.status).toBe(303);
  expect(res.headers.get("content-type")).toBeNull();
  const url = new URL(res.headers.get("location")!, APP);
  return { path: url.pathname, error: url.searchParams.get("error"), saved: url.searchParams.get("saved") };
}

describe("self-identification form posts", () => {
  it("sends the form back with a readable message when a field is tampered with, saving nothing", async () => {
    const tampered: Record<string, string>[] = [
      { token, "answer.gender": "Martian" }, // not an option
      { token, "answer.not a key!": "Woman" }, // not a question
      { token, "answer.gender": "x".repeat(500) },
    ];
    for (const fields of tampered) {
      const to = target(await formPost(fields));
      expect(to).toEqual({ path: `/self-id/${token}`, error: "invalid", saved: null });
      expect(selfIdFormErrorMessage(to.error)).toBe(SELF_ID_FORM_ERRORS.invalid);
    }
    expect(await db.selfIdAnswer.count({ where: { candidateId } })).toBe(0);
  });

  it("answers a missing, malformed or unknown token and an unreadable body with a page, never JSON or a 500", async () => {
    expect(target(await formPost({ "answer.gender": "Woman" }))).toMatchObject({
      path: "/self-id/invalid",
      error: "invalid",
    });
    expect(target(await formPost({ token: "../../admin?x=1", "answer.gender": "Woman" }))).toMatchObject({
      path: "/self-id/invalid",
    });
    expect(target(await formPost({ token: "A".repeat(43), "answer.gender": "Woman" }))).toMatchObject({
      path: `/self-id/${"A".repeat(43)}`,
      error: "link",
    });
    // A multipart body that does not parse: back to the form the referrer names.
    expect(target(await post("--x\r\nnot multipart", "multipart/form-data; boundary=zzz"))).toEqual({
      path: `/self-id/${token}`,
      error: "unreadable",
      saved: null,
    });
    expect(target(await post("garbage", null, { referer: "https://elsewhere.example/" }))).toMatchObject({
      path: "/self-id/invalid",
    });
  });

  it("still saves a good form post and redirects with saved=1", async () => {
    expect(target(await formPost({ token, "answer.gender": "Woman" }))).toEqual({
      path: `/self-id/${token}`,
      error: null,
      saved: "1",
    });
    expect(await db.selfIdAnswer.count({ where: { candidateId } })).toBe(1);
  });

  it("keeps JSON 4xx answers for scripts", async () => {
    const bad = await post(JSON.stringify({ token, answers: { gender: "Martian" } }), "application/json");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ fieldErrors: expect.any(Object) });
    const unreadable = await post("{not json", "application/json");
    expect(unreadable.status).toBe(400);
    expect(await unreadable.json()).toEqual({ error: "The form could not be read." });
    const dead = await post(JSON.stringify({ token: "B".repeat(43), answers: {} }), "application/json");
    expect(dead.status).toBe(410);
  });

  it("shows only the fixed messages, never text from the URL", () => {
    expect(selfIdFormErrorMessage("<script>")).toBeNull();
    expect(selfIdFormErrorMessage("toString")).toBeNull();
    expect(selfIdFormErrorMessage(["link", "x"])).toBe(SELF_ID_FORM_ERRORS.link);
  });
});
