// Tests create and drop databases: they must never do that anywhere but on this machine.
export function assertLocalDatabase(connectionString: string): URL {
  const url = new URL(connectionString);
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(url.hostname)) {
    throw new Error(`Refusing to run tests against a non-local database (${url.hostname}). Point DATABASE_URL at 127.0.0.1.`);
  }
  return url;
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
