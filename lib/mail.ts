// Outgoing mail. With SMTP_URL set, nodemailer's SMTP transport; otherwise a development
// transport that writes each message as an .eml file under .data/mail (and logs one line).
import "server-only";
import fs from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";
import { env } from "./env";

let transport: nodemailer.Transporter | undefined;

/** Where a message goes: a real mail server, or a file on this server (no SMTP_URL). */
export const mailDelivery = (): "smtp" | "file" => (env().SMTP_URL ? "smtp" : "file");

/** An attached file, e.g. a calendar invitation (`text/calendar; method=REQUEST`). */
export type MailAttachment = { filename: string; content: string; contentType: string };

export type Mail = { to: string; subject: string; text: string; attachments?: MailAttachment[] };

export async function sendMail(msg: Mail) {
  const e = env();
  if (e.SMTP_URL) {
    transport ??= nodemailer.createTransport(e.SMTP_URL);
    await transport.sendMail({ from: e.MAIL_FROM, ...msg });
    return;
  }
  const dev = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const info = await dev.sendMail({ from: e.MAIL_FROM, ...msg });
  const dir = path.join(/*turbopackIgnore: true*/ process.cwd(), ".data", "mail");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${Date.now()}-${msg.to.replace(/[^a-z0-9@.]/gi, "_")}.eml`);
  fs.writeFileSync(file, info.message as Buffer);
  console.log(`[mail] ${msg.to}: ${msg.subject} (written to ${path.relative(process.cwd(), file)})`);
}
