import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { TimeZoneCookie } from "@/components/layout/time-zone-cookie";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "AIOps Scorecards", template: "%s · AIOps Scorecards" },
  description: "Structured, level-based interview scorecards built on the AIOps competency matrix.",
};
export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Rendered per request, never prerendered: each response's scripts carry its own CSP nonce (proxy.ts).
  await connection();
  return (
    <html lang="en">
      <body className="min-h-dvh font-sans antialiased">
        <TimeZoneCookie />
        {children}
      </body>
    </html>
  );
}
