import {
  CONTRACT_ACCEPT,
  CONTRACT_FILE_NAME_MAX,
  CONTRACT_MAX_BYTES,
  asciiFileName,
  checkContractFile,
  contractKindOfName,
  formatFileSize,
  safeFileName,
  sniffContractKind,
} from "./contract-rules";

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

const PDF = bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n");
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "IHDR");
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], "JFIF");
const DOCX = bytes([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0], "[Content_Types].xml", [0, 0], "word/document.xml");
const PLAIN_ZIP = bytes([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0], "readme.txt");

describe("contract files (合同上传)", () => {
  it("tells the four accepted types by their bytes, and nothing else", () => {
    expect(sniffContractKind(PDF)).toBe("PDF");
    expect(sniffContractKind(PNG)).toBe("PNG");
    expect(sniffContractKind(JPEG)).toBe("JPEG");
    expect(sniffContractKind(DOCX)).toBe("DOCX");
    expect(sniffContractKind(PLAIN_ZIP)).toBeNull();
    expect(sniffContractKind(bytes("GIF89a"))).toBeNull();
    expect(sniffContractKind(bytes("%PD"))).toBeNull();
    expect(sniffContractKind(new Uint8Array(0))).toBeNull();
  });

  it("accepts a file whose extension agrees with its bytes and gives the content type from the bytes", () => {
    expect(checkContractFile({ fileName: "合同.PDF", bytes: PDF })).toEqual({
      ok: true,
      kind: "PDF",
      contentType: "application/pdf",
      fileName: "合同.PDF",
    });
    expect(checkContractFile({ fileName: "scan.jpeg", bytes: JPEG })).toMatchObject({ ok: true, kind: "JPEG" });
    expect(checkContractFile({ fileName: "scan.jpg", bytes: JPEG })).toMatchObject({
      ok: true,
      contentType: "image/jpeg",
    });
    expect(checkContractFile({ fileName: "c.docx", bytes: DOCX })).toMatchObject({ ok: true, kind: "DOCX" });
  });

  it("refuses renamed, unknown, empty and oversized files, each with its reason", () => {
    expect(checkContractFile({ fileName: "contract.pdf", bytes: PNG })).toEqual({ ok: false, reason: "MISMATCH" });
    expect(checkContractFile({ fileName: "contract.pdf", bytes: bytes("random bytes") })).toEqual({
      ok: false,
      reason: "CONTENT",
    });
    expect(checkContractFile({ fileName: "contract.exe", bytes: PDF })).toEqual({ ok: false, reason: "EXTENSION" });
    expect(checkContractFile({ fileName: "contract", bytes: PDF })).toEqual({ ok: false, reason: "EXTENSION" });
    expect(checkContractFile({ fileName: "a.pdf", bytes: new Uint8Array(0) })).toEqual({ ok: false, reason: "EMPTY" });
    const big = new Uint8Array(CONTRACT_MAX_BYTES + 1);
    big.set(PDF);
    expect(checkContractFile({ fileName: "a.pdf", bytes: big })).toEqual({ ok: false, reason: "TOO_LARGE" });
  });

  it("keeps only a safe last path segment of the name, cut to length with its extension", () => {
    expect(safeFileName("C:\\Users\\me\\购销合同.pdf")).toBe("购销合同.pdf");
    expect(safeFileName("../../etc/passwd.pdf")).toBe("passwd.pdf");
    expect(safeFileName('a"b<c>\u0000d\u202e.pdf')).toBe("a_b_c_d.pdf");
    expect(safeFileName("  .hidden.pdf. ")).toBe("hidden.pdf");
    expect(safeFileName(".pdf")).toBe("pdf");
    expect(safeFileName("")).toBe("contract");
    const long = safeFileName(`${"合".repeat(300)}.docx`);
    expect([...long]).toHaveLength(CONTRACT_FILE_NAME_MAX);
    expect(long.endsWith("合.docx")).toBe(true);
  });

  it("gives an ASCII stand-in name for downloads", () => {
    expect(asciiFileName("购销合同 2026.pdf")).toBe("2026.pdf");
    expect(asciiFileName("购销合同.pdf")).toBe("contract.pdf");
    expect(asciiFileName("scan (1).PNG")).toBe("scan_1.png");
    expect(asciiFileName("购销合同-云帆科技-2026.pdf")).toBe("2026.pdf");
    expect(asciiFileName("contract-v2_final.docx")).toBe("contract-v2_final.docx");
  });

  it("lists the accepted extensions and formats sizes", () => {
    expect(CONTRACT_ACCEPT).toBe(".pdf,.jpg,.jpeg,.png,.docx");
    expect(contractKindOfName("x.JPG")).toBe("JPEG");
    expect(formatFileSize(512)).toBe("512 B");
    expect(formatFileSize(12_595)).toBe("12.3 KB");
    expect(formatFileSize(CONTRACT_MAX_BYTES)).toBe("10.0 MB");
  });
});
