// punycode.js (the userland punycode package published under a name that does not clash with
// Node's deprecated built-in `punycode`) ships no types. Only what this package uses.
declare module "punycode.js" {
  export function toUnicode(input: string): string;
  export function toASCII(input: string): string;
}
