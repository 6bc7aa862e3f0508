import { describe, expect, it } from "vitest";
import { encodeCursor } from "@/lib/paging/cursor";
import { pageQueryRefusal } from "@/lib/security/page-query";
import { auditQuerySchema } from "@/lib/validation/audit-query";
import { questionFilterSchema } from "@/lib/validation/question";

const refusal = (url: string) => {
  const u = new URL(url, "http://app.test");
  return pageQueryRefusal(u.pathname, u.searchParams);
};

describe("page filters the proxy refuses with a 400", () => {
  it.each([
    ["/questions?level=Infinity", "“level” must be 1, 2 or 3."],
    ["/questions?level=99999999999", "“level” must be 1, 2 or 3."],
    ["/questions?level=2&level=4", "“level” must be 1, 2 or 3."],
    ["/questions?domain=%00", "“domain” has a value this page cannot use."],
    ["/questions?retired=yes", "“retired” can only be 1."],
    ["/admin/audit?action=%00", "“action” must be one of the audit log's actions."],
    ["/admin/audit?before=99999999999999999999999", "“before” is not a page of this list or an event number."],
    ["/admin/audit?after=123", "“after” is not a page of this list."],
    ["/admin/audit?after=" + "a".repeat(2001), "“after” is not a page of this list."],
  ])("%s", (url, message) => {
    expect(refusal(url)).toBe(message);
  });

  it.each([
    "/questions",
    "/questions?level=2&domain=cmx57o5l1009ysx7d852051eh&retired=1",
    "/questions?unknown=%00", // parameters the page does not read are not its filters
    "/admin/audit?action=application.decided",
    `/admin/audit?before=${encodeCursor([42], 50)}`,
    `/admin/audit?after=${encodeCursor([42], 0)}&action=scorecard.submitted`,
    "/admin/audit?before=9223372036854775807", // a bare event id from a link made before paging
    "/roles?status=%00", // pages not listed keep reading their own filters
  ])("%s passes", (url) => {
    expect(refusal(url)).toBeNull();
  });

  it("the pages read the same schemas and drop what they cannot use", () => {
    expect(questionFilterSchema.parse({ level: "Infinity", domain: "\0", retired: "1" })).toEqual({ retired: "1" });
    expect(questionFilterSchema.parse({ level: "3" })).toEqual({ level: "3" });
    expect(auditQuerySchema.parse({ action: ["user.created", "x"], before: "x".repeat(3000) })).toEqual({
      action: "user.created",
    });
    expect(auditQuerySchema.parse({ action: "nope" })).toEqual({});
  });
});
