/**
 * 合同上传 (SPEC §6): which contract files an order accepts. A file is judged by its bytes (magic
 * numbers), and its name's extension must agree with them, so a renamed file never passes as
 * another type. Pure functions: the API enforces them, the console shows the same limits.
 */

/** At most this many bytes per file (10 MB). */
export const CONTRACT_MAX_BYTES = 10 * 1024 * 1024;
/** At most this many files per order. */
export const CONTRACT_MAX_FILES_PER_ORDER = 10;
/** Longest stored file name, in characters (the extension is kept when a name is cut). */
export const CONTRACT_FILE_NAME_MAX = 120;

export const CONTRACT_FILE_TYPES = [
  { kind: "PDF", label: "PDF", extensions: [".pdf"], contentType: "application/pdf" },
  { kind: "JPEG", label: "JPG", extensions: [".jpg", ".jpeg"], contentType: "image/jpeg" },
  { kind: "PNG", label: "PNG", extensions: [".png"], contentType: "image/png" },
  {
    kind: "DOCX",
    label: "DOCX",
    extensions: [".docx"],
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  },
] as const;
export type ContractFileKind = (typeof CONTRACT_FILE_TYPES)[number]["kind"];

/** For a file picker's `accept`. */
export const CONTRACT_ACCEPT = CONTRACT_FILE_TYPES.flatMap((t) => [...t.extensions]).join(",");

export type ContractFileRefusal = "EMPTY" | "TOO_LARGE" | "EXTENSION" | "CONTENT" | "MISMATCH";

export type ContractFileVerdict =
  | { ok: true; kind: ContractFileKind; contentType: string; fileName: string }
  | { ok: false; reason: ContractFileRefusal };

function startsWith(bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + prefix.length) return false;
  return prefix.every((b, i) => bytes[offset + i] === b);
}

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

/** Whether `needle` occurs in `bytes` (the needles here are short). */
function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  if (first === undefined) return true;
  for (let i = bytes.indexOf(first); i !== -1 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1)) {
    if (startsWith(bytes, needle, i)) return true;
  }
  return false;
}

const PDF = ascii("%PDF-");
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
// An Office Open XML word-processing package names these parts (names are stored uncompressed).
const OOXML_TYPES = ascii("[Content_Types].xml");
const WORD_PART = ascii("word/");

/** The type the bytes are, by their magic numbers; null for anything else. */
export function sniffContractKind(bytes: Uint8Array): ContractFileKind | null {
  if (startsWith(bytes, PDF)) return "PDF";
  if (startsWith(bytes, PNG)) return "PNG";
  if (startsWith(bytes, JPEG)) return "JPEG";
  if (startsWith(bytes, ZIP) && contains(bytes, OOXML_TYPES) && contains(bytes, WORD_PART)) return "DOCX";
  return null;
}

/** The lower-case extension of a file name with its dot (".pdf"), or "" when it has none. */
export function fileExtension(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 && dot < name.length - 1 ? name.slice(dot).toLowerCase() : "";
}

/** The type a file name claims by its extension; null when it is not an accepted one. */
export function contractKindOfName(name: string): ContractFileKind | null {
  const ext = fileExtension(name);
  return CONTRACT_FILE_TYPES.find((t) => (t.extensions as readonly string[]).includes(ext))?.kind ?? null;
}

export function contractContentType(kind: ContractFileKind): string {
  return CONTRACT_FILE_TYPES.find((t) => t.kind === kind)?.contentType ?? "application/octet-stream";
}

// Controls, bidirectional overrides and characters file systems refuse.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const RESERVED_CHARS = /[\\/:*?"<>|]/g;

/**
 * A file name safe to store and show: the last path segment of what the client sent, without
 * control or direction characters, without characters file systems reserve, at most
 * CONTRACT_FILE_NAME_MAX characters with the extension kept; `fallback` when nothing is left.
 */
export function safeFileName(name: string, fallback = "contract"): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .replace(UNSAFE_CHARS, "")
    .replace(RESERVED_CHARS, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, "");
  const ext = fileExtension(cleaned);
  const chars = [...cleaned];
  const stem = chars.slice(0, chars.length - ext.length).join("");
  if (!stem) return `${fallback}${ext}`;
  if (chars.length <= CONTRACT_FILE_NAME_MAX) return cleaned;
  return (
    [...stem]
      .slice(0, CONTRACT_FILE_NAME_MAX - ext.length)
      .join("")
      .trimEnd() + ext
  );
}

/** An ASCII stand-in for a file name (the plain `filename=` of a download), keeping its extension. */
export function asciiFileName(name: string, fallback = "contract"): string {
  const ext = fileExtension(name).replace(/[^a-z0-9.]/g, "");
  const stem = name
    .slice(0, name.length - fileExtension(name).length)
    .replace(/[^A-Za-z0-9._-]+/g, "_")
    .replace(/[_-]*_[_-]*/g, "_")
    .replace(/^[_.-]+|[_.-]+$/g, "");
  return `${stem || fallback}${ext}`;
}

/**
 * Whether an uploaded file may be kept: not empty, within CONTRACT_MAX_BYTES, an accepted type by
 * its bytes, and named with an extension of that same type. Gives the stored name and content type.
 */
export function checkContractFile(input: { fileName: string; bytes: Uint8Array }): ContractFileVerdict {
  const { bytes } = input;
  if (bytes.length === 0) return { ok: false, reason: "EMPTY" };
  if (bytes.length > CONTRACT_MAX_BYTES) return { ok: false, reason: "TOO_LARGE" };
  const fileName = safeFileName(input.fileName);
  const claimed = contractKindOfName(fileName);
  if (!claimed) return { ok: false, reason: "EXTENSION" };
  const actual = sniffContractKind(bytes);
  if (!actual) return { ok: false, reason: "CONTENT" };
  if (actual !== claimed) return { ok: false, reason: "MISMATCH" };
  return { ok: true, kind: actual, contentType: contractContentType(actual), fileName };
}

/** Human-readable size: "512 B", "12.3 KB", "4.0 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
