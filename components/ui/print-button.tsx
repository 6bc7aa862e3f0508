"use client";
import { Button } from "./button";

export function PrintButton({ label = "Print or save as PDF", small = false }: { label?: string; small?: boolean }) {
  return (
    <Button variant="outline" size={small ? "sm" : undefined} className="no-print" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
