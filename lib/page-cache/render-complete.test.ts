import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RenderComplete } from "@/app/[locale]/_components/render-complete";
import { isCompleteRender, RENDER_COMPLETE_MARKER } from "./render-complete";

describe("isCompleteRender", () => {
  it("knows the marker exactly as React writes the component", () => {
    expect(renderToStaticMarkup(createElement(RenderComplete))).toBe(RENDER_COMPLETE_MARKER);
  });

  it("accepts a page with the marker and no failed part", () => {
    expect(isCompleteRender(`<html><body><main>Guide</main>${RENDER_COMPLETE_MARKER}</body></html>`)).toBe(true);
  });

  it("refuses a page without the marker: an error render, a page that stopped early", () => {
    expect(isCompleteRender("<html><body><h1>Something went wrong</h1></body></html>")).toBe(false);
    expect(isCompleteRender(`<html><body>${RENDER_COMPLETE_MARKER.slice(0, 20)}`)).toBe(false);
  });

  it("refuses a page one part of which failed and was left to the client's error boundary", () => {
    expect(isCompleteRender(`<main>${RENDER_COMPLETE_MARKER}<!--$!--><template data-dgst="123"></template><p>Loading</p><!--/$--></main>`)).toBe(false);
    expect(isCompleteRender(`<main>${RENDER_COMPLETE_MARKER}</main><script>$RX("B:0","123")</script>`)).toBe(false);
    expect(isCompleteRender(`<main>${RENDER_COMPLETE_MARKER}<p>Costs $RX(3) a month</p></main>`)).toBe(true);
  });

  it("is not fooled by user text that quotes the markers, which React escapes", () => {
    const escaped = renderToStaticMarkup(createElement("p", null, `${RENDER_COMPLETE_MARKER} <!--$!--> $RX("`));
    expect(escaped).not.toContain(RENDER_COMPLETE_MARKER);
    expect(isCompleteRender(escaped)).toBe(false);
  });
});
