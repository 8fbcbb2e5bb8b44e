import { describe, expect, it } from "vitest";
import { dropUntrustedForwardedHeaders } from "./proxy-headers";

describe("dropUntrustedForwardedHeaders", () => {
  const forged = () => ({ host: "atlas.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-forwarded-for": "1.2.3.4", forwarded: "host=evil.example", accept: "text/html" });

  it("drops every proxy header unless the deployment trusts its proxy", () => {
    const headers = forged();
    dropUntrustedForwardedHeaders(headers, false);
    expect(headers).toEqual({ host: "atlas.example", accept: "text/html" });
  });

  it("keeps them behind a trusted proxy", () => {
    const headers = forged();
    dropUntrustedForwardedHeaders(headers, true);
    expect(headers).toEqual(forged());
  });
});
