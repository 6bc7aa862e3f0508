// A job ad pasted as HTML (a careers page's source) was analysed as one line: it is now read as
// its text lines before analysis (lib/job-descriptions/html-to-text.ts), and plain text is left alone.
import { describe, expect, it } from "vitest";
import { analyseJobDescription } from "../../../lib/jd/analyse";
import { decodeEntities, htmlToText, looksLikeHtml } from "../../../lib/job-descriptions/html-to-text";

const PASTED =
  "<h2>Requirements</h2><ul><li>Build Grafana dashboards</li><li>Run Terraform</li></ul><p>We offer...</p>";

describe("htmlToText", () => {
  it("turns headings, list items and paragraphs into lines, list items as bullets", () => {
    expect(htmlToText(PASTED)).toBe("Requirements\n- Build Grafana dashboards\n- Run Terraform\nWe offer...");
  });

  it("reads the pasted ad as separate requirement lines", () => {
    const targets = { observability: 2, "data-ml": 1, automation: 2, "security-governance": 1 } as const;
    const read = (text: string) =>
      analyseJobDescription(text, { title: "AI Platform Engineer", targets }).lines.map((l) => l.text);
    expect(read(PASTED)).toHaveLength(1); // what the issue saw
    expect(read(htmlToText(PASTED))).toEqual(["Build Grafana dashboards", "Run Terraform", "We offer..."]);
  });

  it("treats the source's own line breaks and indentation as spaces, and <br> as a line break", () => {
    const source = `<div class="job">
      <h3>What you bring</h3>
      <ul>
        <li>Kubernetes
            operators</li>
        <li><p>On-call <strong>experience</strong></p></li>
      </ul>
      <p>Remote<br>or Berlin<br/>office</p>
    </div>`;
    expect(htmlToText(source)).toBe(
      "What you bring\n- Kubernetes operators\n- On-call experience\nRemote\nor Berlin\noffice",
    );
  });

  it("drops scripts, styles, comments and the head with their content", () => {
    const page =
      "<html><head><title>Jobs</title><style>li { color: red }</style></head><body><!-- tracking -->" +
      "<script>window.x = '<li>not a line</li>';</script><p>Run the on-call rota</p></body></html>";
    expect(htmlToText(page)).toBe("Run the on-call rota");
  });

  it("decodes entities after the tags are gone, so an escaped tag stays text", () => {
    expect(htmlToText("<p>Salary &pound;50k &amp; equity&nbsp;&#8211; remote&#x2019;s fine</p>")).toBe(
      "Salary £50k & equity – remote’s fine",
    );
    expect(htmlToText("<p>Write &lt;li&gt; tags by hand</p>")).toBe("Write <li> tags by hand");
    expect(decodeEntities("&unknown; &#0; &#xD800; R&D")).toBe("&unknown; &#0; &#xD800; R&D");
  });

  it("keeps attribute values with '>' inside one tag", () => {
    expect(htmlToText('<div title="a > b">One</div><div>Two</div>')).toBe("One\nTwo");
  });

  it("cells of a table are spaced, rows are lines", () => {
    expect(htmlToText("<table><tr><td>Go</td><td>required</td></tr><tr><td>Rust</td><td>nice</td></tr></table>")).toBe(
      "Go required\nRust nice",
    );
  });

  it("leaves plain text with a stray '<' alone", () => {
    for (const text of [
      "a < b",
      "Requirements:\n- latency < 200 ms at p99\n- <3 years is fine",
      "- Use <Kubernetes> operators\n    wrapped line",
      "x<y and y>z",
    ]) {
      expect(looksLikeHtml(text), text).toBe(false);
      expect(htmlToText(text)).toBe(text);
    }
  });

  it("strips an inline tag from plain lines without joining the lines", () => {
    expect(htmlToText("Requirements:\n- Must know <b>Go</b>\n  and its tooling\n- Run &amp; own Terraform")).toBe(
      "Requirements:\n- Must know Go\n  and its tooling\n- Run & own Terraform",
    );
  });
});
