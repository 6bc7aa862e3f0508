import { describe, expect, it } from "vitest";
import { clientNavigationTarget, type LinkClick, queryFormTarget } from "@/lib/navigation/client-navigation";

const plain: LinkClick = {
  button: 0,
  defaultPrevented: false,
  metaKey: false,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
};
const here = "https://hire.example.com/roles/r1?stage=s2#top";
const anchor = (href: string, extra: Partial<{ target: string; download: boolean }> = {}) => ({
  href,
  target: "",
  download: false,
  ...extra,
});

describe("clientNavigationTarget", () => {
  it("navigates a plain left click on a same-origin link client-side, keeping query and fragment", () => {
    expect(clientNavigationTarget(plain, anchor("https://hire.example.com/candidates/a1"), here)).toBe(
      "/candidates/a1",
    );
    expect(clientNavigationTarget(plain, anchor("/candidates/a1?tab=notes#interviews"), here)).toBe(
      "/candidates/a1?tab=notes#interviews",
    );
    expect(clientNavigationTarget(plain, anchor("/roles/r1?stage=s3"), here)).toBe("/roles/r1?stage=s3");
  });

  it("leaves new-tab, new-window and download gestures and other buttons to the browser", () => {
    for (const key of ["metaKey", "ctrlKey", "shiftKey", "altKey"] as const) {
      expect(clientNavigationTarget({ ...plain, [key]: true }, anchor("/candidates/a1"), here)).toBeNull();
    }
    expect(clientNavigationTarget({ ...plain, button: 1 }, anchor("/candidates/a1"), here)).toBeNull();
    expect(clientNavigationTarget({ ...plain, defaultPrevented: true }, anchor("/candidates/a1"), here)).toBeNull();
  });

  it("leaves other targets, downloads, other origins and bad addresses to the browser", () => {
    expect(clientNavigationTarget(plain, anchor("/candidates/a1", { target: "_blank" }), here)).toBeNull();
    expect(clientNavigationTarget(plain, anchor("/candidates/a1", { target: "_self" }), here)).toBe("/candidates/a1");
    expect(clientNavigationTarget(plain, anchor("/api/roles/r1/gaps.csv", { download: true }), here)).toBeNull();
    expect(clientNavigationTarget(plain, anchor("https://evil.example.net/roles/r1"), here)).toBeNull();
    expect(clientNavigationTarget(plain, anchor("http://hire.example.com/roles/r1"), here)).toBeNull();
    expect(clientNavigationTarget(plain, anchor("http://[bad"), here)).toBeNull();
    expect(clientNavigationTarget(plain, null, here)).toBeNull();
  });

  it("lets the browser scroll to a fragment of the same page", () => {
    expect(clientNavigationTarget(plain, anchor("/roles/r1?stage=s2#candidates"), here)).toBeNull();
    expect(clientNavigationTarget(plain, anchor("#main"), here)).toBeNull();
    // another page's fragment is a navigation
    expect(clientNavigationTarget(plain, anchor("/roles/r1#candidates"), here)).toBe("/roles/r1#candidates");
  });
});

describe("queryFormTarget", () => {
  const here = "https://app.example/roles/r1/compare?view=scored&q=ada";
  it("drops empty fields (a filter's default) and keeps the others in order, repeated ones too", () => {
    expect(
      queryFormTarget(
        "https://app.example/roles/r1/compare",
        [
          ["view", "scored"],
          ["q", ""],
          ["stage", ""],
          ["sort", "name"],
          ["tag", "a"],
          ["tag", "b"],
        ],
        here,
      ),
    ).toBe("/roles/r1/compare?view=scored&sort=name&tag=a&tag=b");
  });
  it("is the bare path when every field is empty, and keeps the action's fragment", () => {
    expect(queryFormTarget("https://app.example/roles/r1", [["q", ""]], here)).toBe("/roles/r1");
    expect(queryFormTarget("https://app.example/roles/r1#candidates", [["q", "x y"]], here)).toBe(
      "/roles/r1?q=x+y#candidates",
    );
  });
  it("leaves other origins and file fields to the browser", () => {
    expect(queryFormTarget("https://evil.example/x", [["q", "a"]], here)).toBeNull();
    expect(queryFormTarget("", [["f", new Blob(["x"])]], here)).toBeNull();
    expect(queryFormTarget("", [], here)).toBe("/roles/r1/compare");
  });
});
