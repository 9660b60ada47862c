import { describe, expect, it } from "vitest";
import { PATHS, publicUrl, relativeHref } from "../../src/render/status-page/site-paths.js";

describe("links between site files", () => {
  it("are relative to the page they are on, so the site works from any folder and from disk", () => {
    expect(relativeHref(PATHS.home, PATHS.incident("2026-03-03-api-errors"))).toBe("incidents/2026-03-03-api-errors.html");
    expect(relativeHref(PATHS.incident("x"), PATHS.style)).toBe("../assets/style.css");
    expect(relativeHref(PATHS.history(2), PATHS.history(1))).toBe("../history/index.html");
  });

  it("percent-encode ids taken from file names", () => {
    expect(relativeHref(PATHS.home, PATHS.maintenance('db "upgrade" #2'))).toBe("maintenance/db%20%22upgrade%22%20%232.html");
  });

  it("become absolute under the base URL, with the home page as the bare URL", () => {
    expect(publicUrl("https://status.example.com/", PATHS.home)).toBe("https://status.example.com/");
    expect(publicUrl("https://status.example.com/", PATHS.incident("a"))).toBe("https://status.example.com/incidents/a.html");
    expect(publicUrl(undefined, PATHS.home)).toBe("./");
  });
});
