// Minimal typing of markdown-it (a dependency of typedoc; no type package is installed), as the tests use it.
declare module "markdown-it" {
  interface Options {
    html?: boolean;
    linkify?: boolean;
  }
  export default class MarkdownIt {
    constructor(options?: Options);
    render(source: string): string;
  }
}
