// What can be wrong with a PDF, each as a stable code with a Chinese message saying what to do. A PDF that cannot
// be read whole (password, damage, no text at all, not a budget document) gets an error and nothing of it is
// published; pages that are pictures or blank are named, so that an editor knows where text is missing.
import { diagnostic } from '../../model/diagnostics.ts';
import type { Diagnostic } from '../../model/schema.ts';

/** pdfjs could not open the file at all. */
export function openFailure(error: unknown, bytes: Uint8Array): Diagnostic {
  if (errorName(error) === 'PasswordException') {
    return diagnostic('MZ-PDF-ENCRYPTED', 1);
  }
  if (!hasEndMarker(bytes)) {
    return diagnostic('MZ-PDF-DAMAGED', 1, `PDF 文件不完整：文件末尾没有结束标记（%%EOF），可能在下载或复制时中断了（现有 ${bytes.length} 字节）。`);
  }
  const reason = errorName(error) === 'InvalidPDFException' ? '文件结构无效' : error instanceof Error ? error.message : String(error);
  return diagnostic('MZ-PDF-DAMAGED', 1, `PDF 文件已损坏，无法读取（${reason}）。`);
}

const errorName = (error: unknown) => (typeof error === 'object' && error !== null ? String((error as { name?: unknown }).name) : '');

/** The cross-reference table lists objects that are not where it says: bytes were overwritten or lost. */
export function misplaced(count: number, bytes: Uint8Array): Diagnostic {
  if (!hasEndMarker(bytes)) return openFailure(null, bytes);
  return diagnostic('MZ-PDF-DAMAGED', 1, `PDF 文件已损坏：文件的目录（交叉引用表）所列的 ${count} 个对象不在所记录的位置，部分页面、字体或文字可能缺失或读错。`);
}

/** A complete PDF ends with "%%EOF" (possibly followed by a line break or a few stray bytes). */
function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  return tail.includes('%%EOF');
}

const pageList = (pages: readonly number[]) => pages.join('、');

export function damagedPages(pages: readonly number[], line: number): Diagnostic {
  return diagnostic('MZ-PDF-PAGE-DAMAGED', line, pageList(pages));
}

export function noText(pageCount: number): Diagnostic {
  const pages = pageCount === 1 ? 'PDF 仅有的一页' : `PDF 的 ${pageCount} 页都`;
  return diagnostic('MZ-PDF-NO-TEXT', 1, pages);
}

export function imagePages(pages: readonly number[], line: number): Diagnostic {
  return diagnostic('MZ-PDF-PAGE-NO-TEXT', line, pageList(pages));
}

export function blankPages(pages: readonly number[], line: number): Diagnostic {
  return diagnostic('MZ-PDF-PAGE-BLANK', line, pageList(pages));
}

/** Every budget or final-accounts document names itself; a PDF that never says 预算/决算 is another document. */
const BUDGET_WORDS = /[预决]\s*算|绩\s*效\s*自\s*评/;

export function notBudget(lines: readonly string[]): Diagnostic | null {
  if (lines.some((l) => BUDGET_WORDS.test(l))) return null;
  return diagnostic('MZ-PDF-NOT-BUDGET', 1);
}
