/**
 * The part of pdf.js (`pdfjs-dist`, an optional peer dependency) the PDF reader uses, as structural types, and
 * how it is loaded: the legacy build by default (Node 20 and every browser), or a module the caller passes.
 * In Node the CMaps, standard fonts and wasm decoders are read from the installed package's own folders, so
 * CJK text decodes without network access.
 *
 * @module
 */

/**
 * One positioned piece of text of a page, as pdf.js gives it (`TextItem`).
 *
 * @example
 * ```ts
 * const item: PdfJsTextItem = { str: "规章", transform: [9.95, 0, 0, 9.95, 78.8, 740.5], width: 19.9, height: 9.95 };
 * ```
 */
export interface PdfJsTextItem {
  readonly str: string;
  /** The text matrix `[a, b, c, d, e, f]` in the page's user space. */
  readonly transform: readonly number[];
  /** Width along the text direction, in user space units. */
  readonly width: number;
  readonly height: number;
}

/**
 * A page of pdf.js (`PDFPageProxy`), the methods the reader calls.
 *
 * @example
 * ```ts
 * const text = await page.getTextContent();
 * ```
 */
export interface PdfJsPage {
  getViewport(params: { scale: number }): {
    readonly transform: readonly number[];
    readonly width: number;
    readonly height: number;
  };
  getTextContent(): Promise<{ readonly items: readonly (PdfJsTextItem | { readonly type: string })[] }>;
  getOperatorList(): Promise<{ readonly fnArray: readonly number[]; readonly argsArray: readonly unknown[] }>;
  cleanup(): unknown;
}

/**
 * An open document of pdf.js (`PDFDocumentProxy`), the methods the reader calls.
 *
 * @example
 * ```ts
 * const page = await document.getPage(1);
 * ```
 */
export interface PdfJsDocument {
  readonly numPages: number;
  getPage(pageNumber: number): Promise<PdfJsPage>;
}

/**
 * What `getDocument` is given: the bytes (pdf.js may transfer their buffer) and where its data files are.
 *
 * @example
 * ```ts
 * const source: PdfJsSource = { data: new Uint8Array(bytes), cMapUrl: "/pdfjs/cmaps/", cMapPacked: true, verbosity: 0 };
 * ```
 */
export interface PdfJsSource {
  data: Uint8Array;
  cMapUrl?: string;
  cMapPacked?: boolean;
  standardFontDataUrl?: string;
  wasmUrl?: string;
  password?: string;
  verbosity?: number;
  isEvalSupported?: boolean;
  stopAtErrors?: boolean;
}

/**
 * The loading task of `getDocument`: its promise and `destroy`, which frees the document and its worker.
 *
 * @example
 * ```ts
 * const task = pdfjs.getDocument({ data });
 * try { const document = await task.promise; } finally { await task.destroy(); }
 * ```
 */
export interface PdfJsLoadingTask {
  readonly promise: Promise<PdfJsDocument>;
  destroy(): Promise<void>;
}

/**
 * The pdf.js module (`pdfjs-dist/legacy/build/pdf.mjs` or `pdfjs-dist/build/pdf.mjs`), the members the reader uses.
 *
 * @example
 * ```ts
 * import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
 * const module: PdfJsModule = pdfjs;
 * ```
 */
export interface PdfJsModule {
  getDocument(source: PdfJsSource): PdfJsLoadingTask;
  readonly GlobalWorkerOptions: { workerSrc: string };
  /** The operator codes (`paintImageXObject` …) of operator lists. */
  readonly OPS: { readonly [name: string]: number };
  readonly version: string;
}

/**
 * Where pdf.js finds its data files: URLs (browser) or folder paths (Node), each ending in `/`.
 *
 * @example
 * ```ts
 * const assets: PdfAssets = { cMapUrl: "/pdfjs/cmaps/", standardFontDataUrl: "/pdfjs/standard_fonts/" };
 * ```
 */
export interface PdfAssets {
  readonly cMapUrl?: string;
  readonly standardFontDataUrl?: string;
  readonly wasmUrl?: string;
}

let loaded: Promise<PdfJsModule> | undefined;

/**
 * Loads pdf.js's legacy build once (it runs in Node 20 and in browsers); throws a clear error when
 * `pdfjs-dist` is not installed — a setup error, not a data error.
 *
 * @example
 * ```ts
 * const pdfjs = await loadPdfJs();
 * ```
 */
export function loadPdfJs(): Promise<PdfJsModule> {
  loaded ??= importPdfJs().catch((error: unknown) => {
    loaded = undefined;
    throw new Error(
      `zfxxgk/pdf needs pdf.js: install the optional peer dependency (npm install pdfjs-dist@^5.4) — ${String(error)}`,
    );
  });
  return loaded;
}

/** The worker of the legacy build, which Node runs in the main thread (a name pdf.js itself imports it by). */
const nodeWorker = "pdfjs-dist/legacy/build/pdf.worker.mjs";

/**
 * Imports the legacy build, and in Node its worker too (pdf.js would import it on the first file), and puts
 * back the `Array.prototype.push` there was before: the legacy build's core-js polyfills replace it in Node 20
 * (V8's is off the standard only for array-likes of length 2³² and more, which nothing here makes) by one
 * that makes every `push` of the process slower — pdf.js's reading of a file by 13–20 % here.
 */
async function importPdfJs(): Promise<PdfJsModule> {
  const push = Object.getOwnPropertyDescriptor(Array.prototype, "push");
  try {
    const module: PdfJsModule = await import("pdfjs-dist/legacy/build/pdf.mjs");
    if (nodeModuleBuiltin() !== undefined) await import(/* @vite-ignore */ nodeWorker);
    return module;
  } finally {
    if (push !== undefined && Array.prototype.push !== push.value) Object.defineProperty(Array.prototype, "push", push);
  }
}

/** The running Node's `module` built-in, or `undefined` outside Node (browsers, workers). */
function nodeModuleBuiltin(): typeof import("node:module") | undefined {
  const p: { getBuiltinModule?: (id: string) => unknown } | undefined =
    typeof process === "object" && process !== null ? process : undefined;
  if (typeof p?.getBuiltinModule !== "function") return undefined;
  return p.getBuiltinModule("node:module") as typeof import("node:module");
}

let nodeAssetsFound: PdfAssets | null | undefined;

/**
 * In Node, the data folders of the installed `pdfjs-dist` (`cmaps/`, `standard_fonts/`, `wasm/`), found
 * from this module's place; `null` outside Node or when the package cannot be resolved.
 *
 * @example
 * ```ts
 * nodeAssets()?.cMapUrl; // "/…/node_modules/pdfjs-dist/cmaps/"
 * ```
 */
export function nodeAssets(): PdfAssets | null {
  if (nodeAssetsFound !== undefined) return nodeAssetsFound;
  nodeAssetsFound = null;
  const builtin = nodeModuleBuiltin();
  if (builtin === undefined) return null;
  try {
    // the CommonJS build has __filename; the ES module build import.meta.url
    const here = typeof __filename === "string" ? __filename : import.meta.url;
    const manifest = builtin.createRequire(here).resolve("pdfjs-dist/package.json");
    const root = manifest.slice(0, manifest.length - "package.json".length);
    nodeAssetsFound = {
      cMapUrl: `${root}cmaps/`,
      standardFontDataUrl: `${root}standard_fonts/`,
      wasmUrl: `${root}wasm/`,
    };
  } catch {
    nodeAssetsFound = null;
  }
  return nodeAssetsFound;
}
