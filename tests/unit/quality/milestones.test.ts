import { describe, expect, it } from "vitest";
import { milestoneToOpen } from "@/lib/quality/milestones";

const m = (days: number, state: "done" | "due" | "upcoming") => ({ days, state });
const hire = [m(90, "done"), m(182, "due"), m(270, "due"), m(365, "upcoming")];

describe("milestoneToOpen", () => {
  it("opens the oldest due check-in when the link names none", () => {
    expect(milestoneToOpen(hire, undefined, true)).toEqual({ open: m(182, "due"), notOpened: undefined });
  });

  it("opens the one the link asked for when it is due", () => {
    expect(milestoneToOpen(hire, 270, true).open).toEqual(m(270, "due"));
    expect(milestoneToOpen(hire, 270, true).notOpened).toBeUndefined();
  });

  it("names the asked one when it is recorded or not due yet, and opens the oldest due one", () => {
    expect(milestoneToOpen(hire, 90, true)).toEqual({ open: m(182, "due"), notOpened: m(90, "done") });
    expect(milestoneToOpen(hire, 365, true)).toEqual({ open: m(182, "due"), notOpened: m(365, "upcoming") });
  });

  it("opens nothing for someone who may not record (or a hire no longer hired), but still names the asked one", () => {
    expect(milestoneToOpen(hire, undefined, false)).toEqual({ open: undefined, notOpened: undefined });
    expect(milestoneToOpen(hire, 365, false)).toEqual({ open: undefined, notOpened: m(365, "upcoming") });
  });

  it("ignores a link to a milestone the organisation does not have", () => {
    expect(milestoneToOpen(hire, 45, true)).toEqual({ open: m(182, "due"), notOpened: undefined });
  });
});
