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
