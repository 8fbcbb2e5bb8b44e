import { Socket } from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { describe, expect, it } from "vitest";
import { keepBatchesTogether } from "@/scripts/db/pglite-queue";

// Reproduces electric-sql/pglite#1046 at the wire level: connection A sends Parse, connection B
// then sends a whole batch, then A sends the rest of its batch. Unpatched, B's Parse replaces the
// unnamed statement A is about to bind.

function frame(type: string, body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeInt32BE(body.length + 4);
  return Buffer.concat([Buffer.from(type), length, body]);
}
const cstring = (text: string) => Buffer.from(`${text}\0`);
const int16 = (value: number) => Buffer.from([value >> 8, value & 0xff]);
function int32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeInt32BE(value);
  return buffer;
}

const parse = (sql: string) => frame("P", Buffer.concat([cstring(""), cstring(sql), int16(0)]));
function bindExecuteSync(params: string[]): Buffer {
  const values = params.flatMap((param) => [int32(Buffer.byteLength(param)), Buffer.from(param)]);
  const bind = frame("B", Buffer.concat([cstring(""), cstring(""), int16(0), int16(params.length), ...values, int16(0)]));
  return Buffer.concat([bind, frame("E", Buffer.concat([cstring(""), int32(0)])), frame("S", Buffer.alloc(0))]);
}

class WireClient {
  private received = Buffer.alloc(0);
  private readonly socket = new Socket();
  private waiters: (() => void)[] = [];

  async connect(address: string): Promise<void> {
    const [host, port] = address.split(":");
    await new Promise<void>((resolve) => this.socket.connect(Number(port), host ?? "127.0.0.1", resolve));
    this.socket.on("data", (chunk) => {
      this.received = Buffer.concat([this.received, chunk]);
      for (const wake of this.waiters.splice(0)) wake();
    });
    const startup = Buffer.concat([int32(196608), cstring("user"), cstring("postgres"), cstring("database"), cstring("postgres"), Buffer.from([0])]);
    this.socket.write(Buffer.concat([int32(startup.length + 4), startup]));
    await this.readUntilReady();
  }

  send(bytes: Buffer): void {
    this.socket.write(bytes);
  }

  /** Message types up to and including ReadyForQuery ('Z'). */
  async readUntilReady(): Promise<string[]> {
    for (;;) {
      const types: string[] = [];
      let offset = 0;
      while (offset + 5 <= this.received.length) {
        const length = this.received.readInt32BE(offset + 1);
        if (offset + 1 + length > this.received.length) break;
        types.push(String.fromCharCode(this.received[offset] ?? 0));
        offset += 1 + length;
        if (types.at(-1) === "Z") {
          this.received = this.received.subarray(offset);
          return types;
        }
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  close(): void {
    this.socket.destroy();
  }
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 50));

async function interleave(patched: boolean): Promise<{ a: string[]; b: string[] }> {
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 4 });
  if (patched) keepBatchesTogether(server);
  await server.start();
  const a = new WireClient();
  const b = new WireClient();
  try {
    await a.connect(server.getServerConn());
    await b.connect(server.getServerConn());
    a.send(parse("select $1::int + $2::int"));
    await pause();
    b.send(Buffer.concat([parse("select $1::int"), bindExecuteSync(["7"])]));
    await pause();
    a.send(bindExecuteSync(["1", "2"]));
    const [aTypes, bTypes] = await Promise.all([a.readUntilReady(), b.readUntilReady()]);
    return { a: aTypes, b: bTypes };
  } finally {
    a.close();
    b.close();
    await server.stop();
    await db.close();
  }
}

describe("embedded PostgreSQL with several connections", () => {
  it("reproduces the upstream interleaving without the fix", async () => {
    const { a } = await interleave(false);
    expect(a).toContain("E");
  });

  it("keeps each connection's extended-protocol batch together with the fix", async () => {
    const { a, b } = await interleave(true);
    expect(a).not.toContain("E");
    expect(b).not.toContain("E");
    expect(a).toContain("D");
    expect(b).toContain("D");
  });
});
