// The address a request came from, for per-address limits. Behind a reverse proxy the last
// X-Forwarded-For entry is the one the proxy added (the address that connected to it);
// earlier entries are whatever the client sent and cannot be trusted. With no proxy, Next.js
// sets the header to the connecting socket's address when the client sent none.
const ADDRESS = /^[0-9a-f.:]{2,45}$/i;

export function clientAddress(forwardedFor: string | null | undefined, trustedHops = 1): string {
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const picked = chain[Math.max(chain.length - trustedHops, 0)];
  if (!picked || !ADDRESS.test(picked)) return "unknown";
  // An IPv4 client on an IPv6 socket is the same client.
  return picked.toLowerCase().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");
}
