// Bodies of the portal-wide download endpoints (src/pages/data/). JSON without indentation: it is read by programs.
export const csvResponse = (text: string) => new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
export const jsonResponse = (data: unknown) => new Response(`${JSON.stringify(data)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
