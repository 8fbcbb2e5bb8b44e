import { describe, expect, it, vi } from "vitest";
import { renderImageOnce } from "./rendered-image-cache";

const bytes = (n: number) => new Uint8Array([n]).buffer;

describe("renderImageOnce", () => {
  it("renders a text once, also for readers asking during the render", async () => {
    const render = vi.fn(async () => bytes(1));
    const [first, second] = await Promise.all([renderImageOnce("once", render), renderImageOnce("once", render)]);
    expect(await renderImageOnce("once", render)).toBe(first);
    expect(second).toBe(first);
    expect(render).toHaveBeenCalledTimes(1);
  });

  it("renders again after a failure instead of keeping it", async () => {
    await expect(renderImageOnce("fails", async () => Promise.reject(new Error("resvg")))).rejects.toThrow("resvg");
    expect(new Uint8Array(await renderImageOnce("fails", async () => bytes(2)))[0]).toBe(2);
  });

  it("keeps a bounded number, dropping the least recently used", async () => {
    await renderImageOnce("oldest", async () => bytes(3));
    for (let index = 0; index < 200; index++) await renderImageOnce(`filler-${index}`, async () => bytes(4));
    const render = vi.fn(async () => bytes(5));
    await renderImageOnce("oldest", render);
    expect(render).toHaveBeenCalledTimes(1);
  });
});
