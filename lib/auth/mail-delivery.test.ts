import { describe, expect, it } from "vitest";
import { mailDeliveryFor } from "./mail-delivery";

describe("mailDeliveryFor", () => {
  it.each([
    [{ SMTP_URL: "smtp://mail.example.com:587", AUTH_URL: "https://atlas.example" }, "smtp"],
    [{ SMTP_URL: "smtp://127.0.0.1:2525", AUTH_URL: "http://localhost:3000" }, "smtp"],
    [{}, "dev-mailbox"],
    [{ AUTH_URL: "http://localhost:3000" }, "dev-mailbox"],
    [{ AUTH_URL: "http://127.0.0.1:4000" }, "dev-mailbox"],
    [{ AUTH_URL: "http://[::1]:3000" }, "dev-mailbox"],
    [{ AUTH_URL: "http://atlas.localhost:3000" }, "dev-mailbox"],
    [{ AUTH_URL: "https://atlas.example" }, "server-log"],
    [{ AUTH_URL: "http://192.168.1.20:3000" }, "server-log"],
    [{ AUTH_URL: "http://localhost.example.com" }, "server-log"],
  ])("%j -> %s", (env, expected) => {
    expect(mailDeliveryFor(env)).toBe(expected);
  });
});
