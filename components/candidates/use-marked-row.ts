"use client";
import { useEffect, useState } from "react";

/**
 * The comparison row the address points at (#row-<id>, the candidate page's way back), marked so
 * the eye finds where it was. Read after the navigation has set the address: a client-side
 * navigation does not update CSS :target. Read again when the page's query changes (another page,
 * sort or filter leaves the hash behind).
 */
export function useMarkedRow(query: string): string | null {
  const [marked, setMarked] = useState<string | null>(null);
  useEffect(() => {
    const read = () => {
      const hash = window.location.hash;
      setMarked(hash.startsWith("#row-") ? decodeURIComponent(hash.slice(5)) : null);
    };
    const frame = requestAnimationFrame(read);
    window.addEventListener("hashchange", read);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("hashchange", read);
    };
  }, [query]);
  return marked;
}
