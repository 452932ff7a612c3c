/** The `hyphen` package ships no types; the part of its API the site uses (src/lib/hyphenate.ts). */
declare module 'hyphen/nl/index.js' {
  interface HyphenOptions {
    /** Inserted at each break point; a soft hyphen (U+00AD) by default. */
    hyphenChar?: string;
    /** Words shorter than this get no break points. */
    minWordLength?: number;
    exceptions?: string[];
  }
  const hyphen: { hyphenateSync(text: string, options?: HyphenOptions): string };
  export default hyphen;
}
