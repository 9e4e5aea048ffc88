// Bodies of the download endpoints. JSON without indentation: report files are large and read by programs.
export const csvResponse = (text: string) => new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
export const jsonResponse = (data: unknown) => new Response(`${JSON.stringify(data)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
