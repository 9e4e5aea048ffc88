// A committed report file as bytes → its text. Editors commit what their office tools saved: UTF-8, UTF-16 from
// Notepad/Excel "Unicode", GBK/GB18030 from Chinese Windows, or a PDF/Word file by mistake. Each is either decoded
// exactly or refused with a diagnostic saying what to do; text is never guessed into mojibake.
import { diagnostic } from '../model/diagnostics.ts';
import type { Diagnostic } from '../model/schema.ts';

export type Encoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030';

export type Decoded =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; diagnostic: Diagnostic };

const fail = (d: Diagnostic): Decoded => ({ ok: false, diagnostic: d });

/**
 * The most one report file may hold (README, 常见问题). A report is well under a megabyte; its page shows every line,
 * so a file past these is not one report, and would make a page no browser opens and a build that needs gigabytes.
 */
export const MAX_BYTES = 32 * 2 ** 20;
export const MAX_LINES = 2_000_000;

/** Decodes a report file; line endings become "\n" and a byte-order mark is dropped. */
export function decodeReport(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return fail(diagnostic('MZ-INPUT-EMPTY', 1));
  if (bytes.length > MAX_BYTES) return fail(diagnostic('MZ-INPUT-TOO-LARGE', 1, `${(bytes.length / 2 ** 20).toFixed(1)} MB`, `${MAX_BYTES / 2 ** 20} MB`));
  const binary = binaryKind(bytes);
  if (binary) return fail(diagnostic('MZ-INPUT-BINARY', 1, binary));
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const text = decoded.text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return fail(diagnostic('MZ-INPUT-BLANK', 1, false));
  const lines = lineCount(text);
  if (lines > MAX_LINES) return fail(diagnostic('MZ-INPUT-TOO-LARGE', 1, `${lines} 行`, `${MAX_LINES} 行`));
  return { ...decoded, text };
}

function lineCount(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

function decodeText(bytes: Uint8Array): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return strict(bytes, bom);
  const utf16 = utf16ByZeroBytes(bytes);
  if (utf16) return strict(bytes, utf16);
  if (bytes.includes(0)) return fail(diagnostic('MZ-INPUT-BINARY', 1, null));
  const utf8 = tryDecode(bytes, 'UTF-8');
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'UTF-8' };
  if (looksLikeGbk(bytes)) return strict(bytes, 'GB18030');
  return damagedUtf8(bytes) ?? fail(diagnostic('MZ-ENC-UNKNOWN', 1, null));
}

function strict(bytes: Uint8Array, encoding: Encoding): Decoded {
  const text = tryDecode(bytes, encoding);
  if (text !== null) return { ok: true, text, encoding };
  return fail(diagnostic('MZ-ENC-UNKNOWN', 1, encoding));
}

function tryDecode(bytes: Uint8Array, encoding: Encoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return prefix.every((b, i) => bytes[at + i] === b);
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

function bomEncoding(bytes: Uint8Array): Encoding | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'UTF-8';
  if (startsWith(bytes, [0xff, 0xfe])) return 'UTF-16LE';
  if (startsWith(bytes, [0xfe, 0xff])) return 'UTF-16BE';
  if (startsWith(bytes, [0x84, 0x31, 0x95, 0x33])) return 'GB18030';
  return null;
}

/**
 * UTF-16 without a byte-order mark: digits, tabs and line breaks put a zero byte in every other position (high byte
 * first in BE, second in LE), while a text file never contains zero bytes at all.
 */
function utf16ByZeroBytes(bytes: Uint8Array): Encoding | null {
  const n = Math.min(bytes.length, 1 << 16) & ~1;
  // Without a zero byte there is nothing to count; the native search is much faster than the loop.
  if (n > 0 && !bytes.subarray(0, n).includes(0)) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const clear = (a: number, b: number) => a >= n / 100 && a >= 8 * b;
  if (clear(odd, even)) return 'UTF-16LE';
  if (clear(even, odd)) return 'UTF-16BE';
  return null;
}

/**
 * GB18030 decodes almost any byte string, so being decodable proves nothing. Simplified-Chinese text lives almost
 * entirely in the GB2312 rows (lead and trail byte both A1–FE); mis-decoded Big5, Shift-JIS or damaged bytes do not,
 * and text files have no control bytes besides tab, line breaks and form feed.
 */
function looksLikeGbk(bytes: Uint8Array): boolean {
  let common = 0;
  let other = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) {
      if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
      continue;
    }
    const t = bytes[i + 1] ?? 0;
    if (b >= 0xa1 && b <= 0xf7 && t >= 0xa1 && t <= 0xfe) common++;
    else other++;
    i += t >= 0x30 && t <= 0x39 ? 3 : 1;
  }
  return common > 0 && other <= common / 10;
}

/** Mostly valid UTF-8 with a few broken sequences: a damaged file or a pasted fragment; name the first bad line. */
function damagedUtf8(bytes: Uint8Array): Decoded | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  let bad = 0;
  let wide = 0;
  for (const c of text) {
    if (c === '\ufffd') bad++;
    else if (c.charCodeAt(0) >= 0x80) wide++;
  }
  if (bad > wide / 50) return null;
  const line = text.slice(0, text.indexOf('\ufffd')).split(/\r\n|\r|\n/).length;
  return fail(diagnostic('MZ-ENC-UTF8-DAMAGED', line, line, bad));
}

interface BinaryKind {
  name: string;
  todo: string;
}

const EXTRACT_OFFICE = '请用 WPS 或 Office 打开它，“另存为”纯文本 .txt 文件';
const EXTRACT_PDF = '明账能直接读取 PDF：请把文件改名为 <报告类型>.pdf（如 部门预算.pdf），不必转成文字；如要提交文字，请用 PDF 阅读器打开，全选并复制文字，粘贴到记事本中核对表格与数字，另存为 .txt 文件';
const EXTRACT_SHEET = '请用 WPS 或 Excel 打开，“另存为”“文本文件（制表符分隔）（*.txt）”';
const EXTRACT_ARCHIVE = '请先解压，从其中的报告文件里提取文字，保存为 .txt 文件';
const EXTRACT_IMAGE = '图片中的文字需要先识别（OCR）并逐字核对，或从原始文档中复制出来，保存为 .txt 文件';

/** What a non-text file is, told from its first bytes ("magic numbers"), never from its name. */
function binaryKind(bytes: Uint8Array): BinaryKind | null {
  if (startsWith(bytes, ascii('%PDF-'))) return { name: ' PDF 文件', todo: EXTRACT_PDF };
  if (startsWith(bytes, ascii('PK\x03\x04')) || startsWith(bytes, ascii('PK\x05\x06'))) return zipKind(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return oleKind(bytes);
  if (startsWith(bytes, ascii('{\\rtf'))) return { name: ' RTF 格式文档', todo: EXTRACT_OFFICE };
  const image = imageKind(bytes);
  if (image) return { name: `${image} 图片`, todo: EXTRACT_IMAGE };
  if (startsWith(bytes, ascii('Rar!\x1a\x07')) || startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) || startsWith(bytes, [0x1f, 0x8b])) {
    return { name: '一个压缩包', todo: EXTRACT_ARCHIVE };
  }
  return null;
}

function imageKind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return ' PNG';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return ' JPEG';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return ' GIF';
  if (startsWith(bytes, ascii('II*\0')) || startsWith(bytes, ascii('MM\0*'))) return ' TIFF';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return ' WebP';
  // "BM" alone could begin a text; a bitmap also records its own file size.
  if (startsWith(bytes, ascii('BM')) && bytes.length >= 6 && new DataView(bytes.buffer, bytes.byteOffset).getUint32(2, true) === bytes.length) return ' BMP';
  return null;
}

/** Office Open XML and OFD files are ZIP archives; the central directory names their parts. */
function zipKind(bytes: Uint8Array): BinaryKind {
  const names = zipEntryNames(bytes);
  const has = (prefix: string) => names.some((n) => n.startsWith(prefix));
  if (has('word/')) return { name: ' Word 文档（.docx）', todo: EXTRACT_OFFICE };
  if (has('xl/')) return { name: ' Excel 表格（.xlsx）', todo: EXTRACT_SHEET };
  if (has('ppt/')) return { name: ' PowerPoint 演示文稿（.pptx）', todo: EXTRACT_OFFICE };
  if (names.some((n) => /^ofd\.xml$/i.test(n))) return { name: ' OFD 版式文件', todo: '请用 OFD 阅读器打开，全选并复制文字，粘贴到记事本中核对表格与数字，另存为 .txt 文件' };
  if (has('content.xml') || has('mimetype')) return { name: ' OpenDocument 文档（.odt/.ods）', todo: EXTRACT_OFFICE };
  return { name: '一个 ZIP 压缩包', todo: EXTRACT_ARCHIVE };
}

/** Entry names from the ZIP central directory (located by its end record); [] when the archive is cut short. */
function zipEntryNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= Math.max(0, bytes.length - 22 - 0xffff) && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0 || view.getUint32(end, true) !== 0x06054b50) return [];
  const names: string[] = [];
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const utf8 = new TextDecoder('utf-8');
  for (let i = 0; i < count && at + 46 <= bytes.length && view.getUint32(at, true) === 0x02014b50; i++) {
    const nameLength = view.getUint16(at + 28, true);
    names.push(utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return names;
}

/** Word/Excel 97–2003 (and WPS) files share one container (OLE); its directory names the main stream in UTF-16. */
function oleKind(bytes: Uint8Array): BinaryKind {
  const text = new TextDecoder('utf-16le').decode(bytes.subarray(0, bytes.length & ~1));
  if (text.includes('WordDocument')) return { name: ' Word 97-2003 文档（.doc/.wps）', todo: EXTRACT_OFFICE };
  if (text.includes('Workbook') || text.includes('Book')) return { name: ' Excel 97-2003 表格（.xls/.et）', todo: EXTRACT_SHEET };
  if (text.includes('PowerPoint Document')) return { name: ' PowerPoint 97-2003 演示文稿（.ppt）', todo: EXTRACT_OFFICE };
  return { name: ' Office 97-2003 格式文件', todo: EXTRACT_OFFICE };
}
