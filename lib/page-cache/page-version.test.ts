import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RenderComplete } from "@/app/[locale]/_components/render-complete";
import { isCompleteRender } from "./render-complete";
import { pageVersionOf, shownPageVersion } from "./page-version";

const shown = { counter: 12, statsVersion: 11, computedAt: new Date("2026-12-03T10:00:00.123Z"), updatedAt: new Date("2026-11-01T00:00:00Z") };

describe("page versions", () => {
  it("writes the counter, the statistics' version and time and the catalogue row's time, in whole milliseconds", () => {
    expect(pageVersionOf(shown)).toBe("12:11:1796292000123:1793491200000");
  });

  it("reads back the version RenderComplete writes, as React writes it, in a complete render", () => {
    const html = renderToStaticMarkup(createElement(RenderComplete, { shows: pageVersionOf(shown) }));
    expect(shownPageVersion(`<main>Guide</main>${html}`)).toBe(pageVersionOf(shown));
    expect(isCompleteRender(html)).toBe(true);
    expect(shownPageVersion(renderToStaticMarkup(createElement(RenderComplete)))).toBeNull();
  });

  it("is not fooled by user text that quotes the element, which React escapes", () => {
    const quoted = '<div hidden="" data-page-version="99:99:1:1"></div>';
    const escaped = renderToStaticMarkup(createElement("p", null, quoted));
    expect(shownPageVersion(escaped)).toBeNull();
    // In the page's flight data the same text is a JSON string: its quotes are escaped too.
    expect(shownPageVersion(`<script>self.__next_f.push([1,${JSON.stringify(quoted)}])</script>`)).toBeNull();
  });
});
