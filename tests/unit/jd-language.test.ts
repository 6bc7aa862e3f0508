import { describe, expect, it } from "vitest";
import { readsAsEnglish } from "../../lib/jd/language";

const english = `We are looking for a Site Reliability Engineer to join our platform team. You will own the
observability stack, build alerting that pages the right people, and run blameless postmortems with
the teams who own the services. You have run Kubernetes in production and written Terraform modules
that other teams use. Experience with Prometheus and Grafana is a plus.`;
const german = `Wir suchen eine erfahrene Site Reliability Engineerin für unser Plattform-Team. Du baust
unsere Observability-Plattform aus, entwickelst Alarmierung, die die richtigen Menschen weckt, und
moderierst Postmortems ohne Schuldzuweisung. Du hast Kubernetes im Produktivbetrieb betrieben und
Terraform-Module geschrieben, die andere Teams nutzen. Muttersprachler Deutsch. Junges, dynamisches Team.`;
const spanish = `Buscamos una persona ingeniera de fiabilidad para nuestro equipo de plataforma. Serás
responsable de la observabilidad, de las alertas y de los análisis posteriores a incidentes junto con
los equipos que operan los servicios. Has trabajado con Kubernetes en producción y escrito módulos de
Terraform que usan otros equipos. Se valora experiencia con Prometheus y Grafana.`;

describe("readsAsEnglish", () => {
  it("tells English prose from German and Spanish ads", () => {
    expect(readsAsEnglish(english)).toBe(true);
    expect(readsAsEnglish(german)).toBe(false);
    expect(readsAsEnglish(spanish)).toBe(false);
  });

  it("gives a short list of tools and acronyms the benefit of the doubt", () => {
    expect(readsAsEnglish("Kubernetes\nTerraform\nPrometheus, Grafana\nPython or Go\nSLOs")).toBe(true);
  });
});

describe("readsAsEnglish, other scripts and short ads", () => {
  it("reads Chinese, Japanese, Arabic and Russian ads as not English, however short", () => {
    for (const ad of [
      "我们正在寻找一位年轻有活力的站点可靠性工程师。要求本科以上学历，五年以上经验，熟悉Kubernetes和Prometheus。",
      "私たちは若くてエネルギッシュなSREエンジニアを募集しています。Kubernetesの経験が必要です。",
      "نبحث عن مهندس موثوقية مواقع شاب ونشيط للانضمام إلى فريقنا. خبرة في Kubernetes مطلوبة.",
      "Ищем молодого и энергичного инженера SRE в нашу команду. Опыт с Kubernetes обязателен.",
    ])
      expect(readsAsEnglish(ad), ad).toBe(false);
  });

  it("reads a few lines in German, French or Spanish as not English", () => {
    expect(readsAsEnglish("Wir suchen dich!\nJunges, dynamisches Team\nErfahrung mit Kubernetes und Terraform")).toBe(
      false,
    );
    expect(readsAsEnglish("Nous recherchons un SRE pour notre équipe.\nExpérience avec Kubernetes et Terraform")).toBe(
      false,
    );
    expect(readsAsEnglish("Buscamos una persona SRE para el equipo de plataforma con Kubernetes")).toBe(false);
  });

  it("keeps short English ads and English ads naming foreign places or products as English", () => {
    expect(readsAsEnglish("We are hiring an SRE.\nYou will own our alerting and on-call.")).toBe(true);
    expect(readsAsEnglish("SRE, Zürich office\nKubernetes, Terraform, Grafana\nPython or Go")).toBe(true);
    expect(readsAsEnglish("Platform engineer for Société Générale's Paris team, working with the SRE group.")).toBe(
      true,
    );
  });
});

describe("readsAsEnglish on every English job description in the fixtures", () => {
  it("flags none of them", async () => {
    const { readdirSync, readFileSync, statSync } = await import("node:fs");
    const path = await import("node:path");
    const root = path.join(import.meta.dirname, "../fixtures");
    const flagged: string[] = [];
    let count = 0;
    for (const dir of readdirSync(root)) {
      if (!statSync(path.join(root, dir)).isDirectory()) continue;
      for (const file of readdirSync(path.join(root, dir)).filter((f) => f.endsWith(".json"))) {
        const ad = JSON.parse(readFileSync(path.join(root, dir, file), "utf8")) as { text?: string };
        if (typeof ad.text !== "string") continue;
        count++;
        if (!readsAsEnglish(ad.text)) flagged.push(`${dir}/${file}`);
      }
    }
    expect(count).toBeGreaterThan(1000);
    expect(flagged).toEqual([]);
  });
});

describe("readsAsEnglish, cases found by testers", () => {
  it("reads a Chinese ad naming a few tools as Chinese", () => {
    expect(
      readsAsEnglish("招聘站点可靠性工程师。熟悉 Kubernetes、Terraform、Prometheus 和 Grafana。年轻有活力的团队。"),
    ).toBe(false);
  });
  it("reads an English ad naming a Spanish bank or a list of tools as English", () => {
    expect(readsAsEnglish("SRE at Banco del Sol, Las Palmas.\nOn-call rota, Kubernetes, Terraform.")).toBe(true);
    const tools = Array.from(
      { length: 45 },
      (_, i) =>
        ["Kubernetes", "Terraform", "Prometheus", "Grafana", "Python", "Kafka", "Spark", "Airflow", "Datadog"][i % 9],
    ).join("\n");
    expect(readsAsEnglish(tools)).toBe(true);
  });
  it("reads a long Swedish or Polish ad as not English", () => {
    const swedish = Array.from(
      { length: 6 },
      () =>
        "Vi söker en SRE som vill arbeta med Kubernetes och Terraform i vårt team, och det är viktigt att du har erfarenhet.",
    ).join(" ");
    expect(readsAsEnglish(swedish)).toBe(false);
    const polish = Array.from(
      { length: 6 },
      () =>
        "Szukamy inżyniera SRE, który jest gotowy do pracy z Kubernetes oraz Terraform i nie boi się dyżurów dla zespołu.",
    ).join(" ");
    expect(readsAsEnglish(polish)).toBe(false);
  });
});
