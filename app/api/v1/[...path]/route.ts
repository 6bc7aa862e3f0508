// Any /api/v1 address no endpoint answers: a JSON 404 naming the API's description, as an API
// client expects, instead of the app's HTML "not found" page. Nothing is read, so nothing to authorize.
const notFound = (req: Request) =>
  Response.json(
    {
      error: `No API endpoint at ${new URL(req.url).pathname}. The endpoints are described in /openapi.yaml.`,
    },
    { status: 404, headers: { "Cache-Control": "no-store" } },
  );

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
