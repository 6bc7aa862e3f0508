import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TEXTAREA_CLASS } from "@/components/ui/field-classes";
import { Textarea } from "@/components/ui/textarea";

describe("Textarea", () => {
  it("writes in its text's direction with the kit's classes, and passes the control's props through", () => {
    const html = renderToStaticMarkup(
      createElement(Textarea, { id: "note", rows: 3, "aria-invalid": true, "aria-describedby": "note-err" }),
    );
    expect(html).toContain('dir="auto"');
    expect(html).toContain(`class="${TEXTAREA_CLASS}"`);
    expect(html).toContain('id="note"');
    expect(html).toContain('rows="3"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="note-err"');
  });

  it("appends extra classes; an explicit dir wins", () => {
    const html = renderToStaticMarkup(createElement(Textarea, { className: "w-full", dir: "ltr" }));
    expect(html).toContain(`class="${TEXTAREA_CLASS} w-full"`);
    expect(html).toContain('dir="ltr"');
  });
});
