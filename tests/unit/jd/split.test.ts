import { describe, expect, it } from "vitest";
import { sentences, splitRequirementItems, splitRequirements } from "../../../lib/jd/split";

describe("splitRequirements", () => {
  it("takes bullets of every style and skips headings and empty lines", () => {
    const text = [
      "# Senior SRE",
      "",
      "## Requirements",
      "- Dash bullet",
      "* Star bullet",
      "• Dot bullet",
      "",
      "## Responsibilities",
      "1. First numbered",
      "2) Second numbered",
      "(a) Lettered",
    ].join("\n");
    expect(splitRequirements(text)).toEqual([
      "Dash bullet",
      "Star bullet",
      "Dot bullet",
      "First numbered",
      "Second numbered",
      "Lettered",
    ]);
  });

  it("splits prose into sentences only under requirement-like headings", () => {
    const text = [
      "We are a fast-growing company. Our mission is reliability.",
      "",
      "## What we're looking for",
      "You have run Kafka in production. You know Terraform well!",
      "",
      "## Our culture",
      "We value kindness. We ship often.",
    ].join("\n");
    expect(splitRequirements(text)).toEqual(["You have run Kafka in production.", "You know Terraform well!"]);
  });

  it("drops bullets under benefits, about-us and compensation sections", () => {
    const text = [
      "## Requirements",
      "- Terraform",
      "- Kubernetes",
      "## Benefits",
      "- Free lunch",
      "## About us",
      "- Founded 2019",
      "## Skills",
      "- Python",
    ].join("\n");
    expect(splitRequirements(text)).toEqual(["Terraform", "Kubernetes", "Python"]);
  });

  it("recognises 'Label:' and bold headings, and inline 'Requirements: ...' lines", () => {
    const text = [
      "**What you will do**",
      "- Tune alerts",
      "Qualifications:",
      "- SQL",
      "Requirements: Go or Python. Docker.",
    ].join("\n");
    expect(splitRequirements(text)).toEqual(["Tune alerts", "SQL", "Go or Python.", "Docker."]);
  });

  it("treats a plain paragraph with no headings or bullets as all requirements", () => {
    expect(
      splitRequirements("You will tune alerts. You will write runbooks, e.g. for Kafka. Python is a plus."),
    ).toEqual(["You will tune alerts.", "You will write runbooks, e.g. for Kafka.", "Python is a plus."]);
  });

  it('reads the arrows and ticks job boards paste as bullets, and "Key accountabilities" / "The role" as headings', () => {
    const text = [
      "Key accountabilities",
      "→ Install the Elastic Agent on the edge servers",
      "➤ Write the Terraform changes",
      "The role",
      "✅ Build DevSecOps pipelines with OPA policy gates",
      "► Tune the SIEM rules",
    ].join("\n");
    expect(splitRequirementItems(text)).toEqual([
      { text: "Install the Elastic Agent on the edge servers", line: 2, optional: false, section: "does" },
      { text: "Write the Terraform changes", line: 3, optional: false, section: "does" },
      { text: "Build DevSecOps pipelines with OPA policy gates", line: 5, optional: false },
      { text: "Tune the SIEM rules", line: 6, optional: false },
    ]);
  });

  it("reads an emoji-led section name as a heading, and a run of lines led by one emoji as bullets", () => {
    const text = [
      "🚀 WHAT YOU'LL DO",
      "🔹 Put a p95 panel for the ticket site on the Grafana board",
      "🔹 Join the on-call rota",
      "",
      "✅ What you bring",
      "• Terraform and Ansible",
      "💡 Nice to have",
      "✅ Experience with Kubernetes",
      "✅ Requirements",
      "🎁 Benefits",
      "🏖️ 30 days of holiday",
    ].join("\n");
    expect(splitRequirementItems(text)).toEqual([
      { text: "Put a p95 panel for the ticket site on the Grafana board", line: 2, optional: false, section: "does" },
      { text: "Join the on-call rota", line: 3, optional: false, section: "does" },
      { text: "Terraform and Ansible", line: 6, optional: false, section: "brings" },
      // Two ✅ lines in a row are a list, even when one of them reads like a section name.
      { text: "Experience with Kubernetes", line: 8, optional: true, section: "brings" },
      { text: "Requirements", line: 9, optional: true, section: "brings" },
    ]);
  });

  it("reads Japanese middle-dot bullets and bilingual headings, and 'What you'll own' under 'About the job'", () => {
    const text = [
      "主な業務 / Key responsibilities",
      "・Build a streaming feature pipeline on Kafka",
      "・ Keep lineage from raw counters to features",
      "Sobre nós / About us",
      "▶ We teach 1.2 million students",
      "About the job",
      "What you'll own",
      "✅ Set the telemetry strategy of the product",
    ].join("\n");
    expect(splitRequirements(text)).toEqual([
      "Build a streaming feature pipeline on Kafka",
      "Keep lineage from raw counters to features",
      "Set the telemetry strategy of the product",
    ]);
  });

  it("reads duties written one sentence per line, and the postholder's duties, as the role's work", () => {
    const oneLineEach = [
      "Head of Data Science",
      "",
      "We are a developer of office towers.",
      "",
      "You clean and join the chiller time series in Python.",
      "You explain to the facility managers why a random split leaks the future.",
      "",
      "Requirements",
      "- 10 years in data science",
    ].join("\n");
    expect(splitRequirements(oneLineEach)).toEqual([
      "You clean and join the chiller time series in Python.",
      "You explain to the facility managers why a random split leaks the future.",
      "10 years in data science",
    ]);
    const postholder =
      "The postholder will build the health telemetry of the pipeline. Further the postholder designs the golden-path templates.";
    expect(splitRequirements(`Platform Engineer\n\n${postholder}\n\nCriteria\n- Portuguese and English`)).toEqual([
      "The postholder will build the health telemetry of the pipeline.",
      "Further the postholder designs the golden-path templates.",
      "Portuguese and English",
    ]);
  });

  it("takes a short label right above a list as its heading, and drops applying and pay sentences", () => {
    const text = [
      "Requirements",
      "Perfil / Profile",
      "- Terraform and Ansible",
      "Send your CV to jobs@example.com by 30 January.",
      "Salary in EUR in 14 payments.",
    ].join("\n");
    expect(splitRequirements(text)).toEqual(["Terraform and Ansible"]);
  });

  it("joins an indented continuation line onto its bullet and strips bold markers", () => {
    const text = ["## Requirements", "- **Terraform**: modules for our", "  monitoring stack", "- CI/CD"].join("\n");
    expect(splitRequirements(text)).toEqual(["Terraform: modules for our monitoring stack", "CI/CD"]);
  });

  it("marks nice-to-have items optional, including under domain sub-headings", () => {
    const text = [
      "## What you will do",
      "### Observability",
      "- Designs pipelines",
      "## Nice to have",
      "- eBPF",
      "### Security",
      "- Audit trails",
      "## Requirements",
      "- SQL",
    ].join("\n");
    expect(splitRequirementItems(text)).toEqual([
      { text: "Designs pipelines", line: 3, optional: false, context: "Observability", section: "does" },
      { text: "eBPF", line: 5, optional: true, section: "brings" },
      { text: "Audit trails", line: 7, optional: true, context: "Security", section: "brings" },
      { text: "SQL", line: 9, optional: false, section: "brings" },
    ]);
  });

  it("says whether a line sits under the role's work or under what the person brings, and nothing when no heading says", () => {
    const section = (text: string) => splitRequirementItems(text).map((i) => [i.text, i.section]);
    expect(
      section(
        [
          "## Responsibilities",
          "- Run the on-call rotation",
          "## Day-to-day",
          "- Tune alerts",
          "## About you",
          "- Go",
          "## Qualifications",
          "- SQL",
          "Responsibilities: Write runbooks.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Run the on-call rotation", "does"],
      ["Tune alerts", "does"],
      ["Go", "brings"],
      ["SQL", "brings"],
      ["Write runbooks.", "does"],
    ]);
    expect(section("- Kafka\n- Flink")).toEqual([
      ["Kafka", undefined],
      ["Flink", undefined],
    ]);
    // A sub-heading keeps its section's kind; a neutral section ("About the role") says nothing.
    expect(section("## What you'll do\n### Observability\n- Build dashboards\n## About the role\n- Lead SLOs")).toEqual(
      [
        ["Build dashboards", "does"],
        ["Lead SLOs", undefined],
      ],
    );
  });

  it("returns nothing for empty or heading-only text", () => {
    expect(splitRequirements("")).toEqual([]);
    expect(splitRequirements("## Requirements\n\n## Benefits\n")).toEqual([]);
  });

  it("handles Windows line endings and ignores horizontal rules", () => {
    expect(splitRequirements("## Requirements\r\n- Go\r\n---\r\n- Rust\r\n")).toEqual(["Go", "Rust"]);
  });
});

describe("sentences", () => {
  it("does not break after common abbreviations", () => {
    expect(sentences("Use tools, e.g. Grafana, i.e. dashboards. Then stop.")).toEqual([
      "Use tools, e.g. Grafana, i.e. dashboards.",
      "Then stop.",
    ]);
  });
});

describe("section headings job boards use beyond the usual ones", () => {
  it("reads 'Your tasks', 'Your profile' and 'Your mission' as requirement sections, even after 'About us'", () => {
    const text = [
      "About us",
      "We run 400 clinical applications.",
      "",
      "Your tasks",
      "- Configuration of alert rules for clinical applications",
      "",
      "Your profile",
      "- First experiences with Prometheus",
      "",
      "Your mission 💥",
      "- Run SAST scans in our pipelines",
      "",
      "We offer",
      "- 30 days of holiday",
    ].join("\n");
    expect(splitRequirementItems(text)).toEqual([
      { text: "Configuration of alert rules for clinical applications", line: 5, optional: false, section: "does" },
      { text: "First experiences with Prometheus", line: 8, optional: false, section: "brings" },
      { text: "Run SAST scans in our pipelines", line: 11, optional: false, section: "does" },
    ]);
  });

  it("still skips a section about the company's own mission", () => {
    expect(
      splitRequirements(["Our mission", "- Make payments boring", "## Requirements", "- Terraform"].join("\n")),
    ).toEqual(["Terraform"]);
  });

  it("splits 'Essential criteria:' labels into sentences, and 'The job' heads prose about the work", () => {
    const text = [
      "Essential criteria: Experience of running services on AWS. Strong knowledge of Terraform.",
      "",
      "The job",
      "",
      "You will own the path from a notebook to a production model. That means packaging models in containers.",
    ].join("\n");
    expect(splitRequirements(text)).toEqual([
      "Experience of running services on AWS.",
      "Strong knowledge of Terraform.",
      "You will own the path from a notebook to a production model.",
      "That means packaging models in containers.",
    ]);
  });

  it("takes prose about the role that tells the reader what they will do, not who they join or report to", () => {
    const text = [
      "Meridian Health runs the patient record for 60 hospitals. We are looking for a Staff engineer.",
      "",
      "As VP, SRE – AIOps, you will design the event correlation layer. You will join a team of six. You'll report to the CTO. Together with the vendor you'll evaluate the anomaly models. This is an individual contributor role.",
      "",
      "## Requirements",
      "- Extensive experience designing observability.",
    ].join("\n");
    expect(splitRequirementItems(text)).toEqual([
      // Two sentences of one paragraph: both start on its line.
      {
        text: "As VP, SRE – AIOps, you will design the event correlation layer.",
        line: 3,
        optional: false,
        section: "does",
      },
      {
        text: "Together with the vendor you'll evaluate the anomaly models.",
        line: 3,
        optional: false,
        section: "does",
      },
      { text: "Extensive experience designing observability.", line: 6, optional: false, section: "brings" },
    ]);
  });

  it("leaves a one-sentence intro about the role out: it sums up the lines below it", () => {
    const text = [
      "# Principal AIOps Architect",
      "",
      "You will own the technical direction of AIOps at a global insurer.",
      "",
      "## Responsibilities",
      "- Define the enterprise strategy for incident detection.",
    ].join("\n");
    expect(splitRequirements(text)).toEqual(["Define the enterprise strategy for incident detection."]);
  });

  it("takes prose that says in the present tense what the person does: 'You design', 'She or he decides', 'The Head of SRE defines'", () => {
    const text = [
      "Tarn Valley Dairy makes cheese in four plants. The Quality Lab runs its own models.",
      "",
      "The position",
      "",
      "The Head of SRE is responsible of the reliability of the plants. She or he reports to the CTO. She or he decides which alerts may page at night. The Head of SRE defines the telemetry standards for the four plants.",
      "",
      "In the day to day, the Director also reviews the anomaly alerts of the cold stores. You design the shared data platform. You are calm when the line stops. In dairy you learn fast.",
      "",
      "## Requirements",
      "- Terraform",
    ].join("\n");
    expect(splitRequirements(text)).toEqual([
      "She or he decides which alerts may page at night.",
      "The Head of SRE defines the telemetry standards for the four plants.",
      "In the day to day, the Director also reviews the anomaly alerts of the cold stores.",
      "You design the shared data platform.",
      "Terraform",
    ]);
  });
  it("takes long-prose duties led in by a connector, the role addressed, a partner, a topic or a scene, and duties asked of 'you' in other words", () => {
    const duties = [
      "Moreover, you run the review of noisy alerts with every team.",
      "As Staff SRE you set the paging rules for the warehouse systems.",
      "Together with the data team you choose which signals we keep.",
      "On governance, you write the approval rules for automated changes.",
      "When a model raises an alert at night, you check the raw graph before waking anybody.",
      "We expect you to tune the thresholds of the freezer alerts.",
      "It is your job to fix the telemetry schema.",
      "They will align the security budget with the risks we accept.",
      "The postholder is further expected to set the log retention rules.",
    ];
    const aboutThePlace = ["In dairy you learn fast.", "With us you grow every year.", "We want you to feel at home."];
    const text = [
      "Ferrol Freezers stores fish for the whole coast.",
      "",
      [duties[0], aboutThePlace[0], ...duties.slice(1, 5), aboutThePlace[1], ...duties.slice(5), aboutThePlace[2]].join(
        " ",
      ),
      "",
      "## Requirements",
      "- Terraform",
    ].join("\n");
    expect(splitRequirements(text)).toEqual([...duties, "Terraform"]);
  });

  it("takes Roman numerals and the 'o' and '>' that pasted list marks become as bullets", () => {
    const text = [
      "## Your work",
      "i. Shape the logging plan",
      "iv. Design the release chain",
      "viii. Decide where detection belongs",
      "(xii) Build the DevSecOps pipeline",
      "XIII. Review the AI pipelines",
      "",
      "In practice you will:",
      "o Implement anomaly detection on feeding data",
      "> Apply the access rights on the portal",
    ].join("\n");
    expect(splitRequirements(text)).toEqual([
      "Shape the logging plan",
      "Design the release chain",
      "Decide where detection belongs",
      "Build the DevSecOps pipeline",
      "Review the AI pipelines",
      "Implement anomaly detection on feeding data",
      "Apply the access rights on the portal",
    ]);
  });

  it("takes duties led in by a time or an occasion without a comma, and the singular 'they' in the present", () => {
    const duties = [
      "Every morning you look at the firewall logs and decide which ones matter.",
      "During an incident you launch the scripts of the playbook.",
      "Each quarter you run the access review of the ERP.",
      "In a crisis you collect the evidence with the scripted playbooks.",
      "They set the rules for the scheduling agent.",
    ];
    const text = [
      "Papayes de Bonoua grows papayas.",
      "",
      "## Your role",
      [...duties, "In dairy you learn fast."].join(" "),
    ].join("\n");
    expect(splitRequirements(text)).toEqual(duties);
  });

  it("takes a paragraph that gives two or more duties as orders, not one order or an invitation", () => {
    const orders = [
      "Own the model lifecycle: no model goes live without evaluation gates.",
      "Build the programme that feeds every depot incident review back into labels.",
      "Set the explainability bar for every alert.",
    ];
    const text = [
      "Southern Cross Couriers runs same-day delivery.",
      "",
      "The opportunity",
      orders.join(" "),
      "",
      "Join us and learn from the best. Build your career with us.",
      "",
      "## Requirements",
      "- Python",
    ].join("\n");
    expect(splitRequirements(text)).toEqual([...orders, "Python"]);
  });
});

describe("the line each requirement starts on", () => {
  it("counts every line of the text from 1, blank lines, headings and Windows line ends included", () => {
    const text = [
      "Title: SRE",
      "",
      "## Requirements",
      "- **Terraform**: modules for our",
      "  monitoring stack",
      "- Go",
      "",
      "Must have: Kafka. Python.",
    ].join("\r\n");
    expect(splitRequirementItems(text).map((i) => [i.text, i.line])).toEqual([
      ["Terraform: modules for our monitoring stack", 4], // a wrapped bullet: where it starts
      ["Go", 6],
      ["Kafka.", 8],
      ["Python.", 8],
    ]);
  });
});
