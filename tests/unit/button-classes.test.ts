import { describe, expect, it } from "vitest";
import { buttonClass } from "@/components/ui/button-classes";
import { PRIMARY_BUTTON_CLASS } from "@/components/ui/button-primary";
import { OUTLINE_BUTTON_CLASS } from "@/components/auth/sign-in-form";
import { SIGN_OUT_CLASS, SIGN_OUT_EVERYWHERE_CLASS } from "@/components/layout/sign-out-button";

describe("fixed button looks", () => {
  it("equal the variant tables' classes, so a page without the tables looks the same", () => {
    expect(PRIMARY_BUTTON_CLASS).toBe(buttonClass());
    expect(OUTLINE_BUTTON_CLASS).toBe(buttonClass("outline"));
    expect(SIGN_OUT_CLASS).toBe(buttonClass("outline", "sm"));
    expect(SIGN_OUT_EVERYWHERE_CLASS).toBe(buttonClass("danger"));
  });
});
