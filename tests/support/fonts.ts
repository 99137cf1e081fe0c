/**
 * CJK fonts for the browser tests, from npm (`@fontsource/noto-serif-sc`, `@fontsource/noto-sans-sc`), so that
 * what Chromium lays out and prints does not depend on the fonts a machine has installed: a machine without a CJK
 * font would print Chinese as empty boxes, and one with other fonts would lay tables out otherwise.
 *
 * The faces are declared under the names the renderer's font stacks already list ("Noto Serif CJK SC" and
 * "Noto Sans CJK SC", see src/render/styles.ts) — a web font of a name wins over an installed one of that name —
 * and served to the page from a made-up origin by Playwright's routing (the pages are set from strings, so
 * `file:` URLs would not load). Only the subsets a page uses are fetched (each face has a `unicode-range`).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Page } from "playwright-core";

const origin = "https://fonts.zfxxgk.test";
const require = createRequire(import.meta.url);

/** The faces: the npm package, the family names the renderer's stacks use, the weights. */
const faces = [
  { pkg: "@fontsource/noto-serif-sc", families: ["Noto Serif CJK SC", "Noto Serif SC"], weights: [400, 700] },
  { pkg: "@fontsource/noto-sans-sc", families: ["Noto Sans CJK SC", "Noto Sans SC"], weights: [400, 700] },
] as const;

/** The folder of each package's font files, by package. */
const folders = new Map<string, string>();

/** The @font-face rules of every face, their sources on the made-up origin (woff2 only). */
function fontFaceCss(): string {
  const rules: string[] = [];
  for (const face of faces) {
    for (const weight of face.weights) {
      const path = require.resolve(`${face.pkg}/${weight}.css`);
      folders.set(face.pkg, join(dirname(path), "files"));
      const css = readFileSync(path, "utf8")
        .replace(
          /src: url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\)[^;]*;/g,
          `src: url(${origin}/${face.pkg}/$1) format('woff2');`,
        )
        .replace(/font-display: swap;/g, "font-display: block;");
      for (const family of face.families)
        rules.push(css.replace(/font-family: '[^']+';/g, `font-family: '${family}';`));
    }
  }
  return rules.join("\n");
}

let css: string | undefined;

/**
 * Gives the page the test fonts: routes the made-up origin to the packages' files, adds the @font-face rules, and
 * waits until every face the page's text uses has loaded. Call it after the page's content is set.
 */
export async function useTestFonts(page: Page): Promise<void> {
  css ??= fontFaceCss();
  await page.route(`${origin}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname.slice(1);
    const pkg = faces.find((f) => path.startsWith(`${f.pkg}/`));
    const folder = pkg === undefined ? undefined : folders.get(pkg.pkg);
    if (pkg === undefined || folder === undefined) return route.fulfill({ status: 404 });
    const file = path.slice(pkg.pkg.length + 1);
    if (!/^[\w.-]+\.woff2$/.test(file)) return route.fulfill({ status: 404 });
    return route.fulfill({
      status: 200,
      contentType: "font/woff2",
      headers: { "access-control-allow-origin": "*" },
      body: readFileSync(join(folder, file)),
    });
  });
  await page.addStyleTag({ content: css });
  // a string: this project compiles without the DOM library
  await page.evaluate("void document.body?.offsetHeight; document.fonts.ready.then(() => undefined)");
}
