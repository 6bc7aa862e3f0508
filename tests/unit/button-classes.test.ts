import { describe, expect, it } from "vitest";
import { buttonClass } from "@/components/ui/button-classes";
import {
  DANGER_BUTTON_CLASS,
  OUTLINE_BUTTON_CLASS,
  PRIMARY_BUTTON_CLASS,
  SMALL_OUTLINE_BUTTON_CLASS,
} from "@/components/ui/button-primary";

describe("fixed button looks", () => {
  it("equal the variant tables' classes, so a page without the tables looks the same", () => {
    expect(PRIMARY_BUTTON_CLASS).toBe(buttonClass());
    expect(OUTLINE_BUTTON_CLASS).toBe(buttonClass("outline"));
    expect(SMALL_OUTLINE_BUTTON_CLASS).toBe(buttonClass("outline", "sm"));
    expect(DANGER_BUTTON_CLASS).toBe(buttonClass("danger"));
  });
});
