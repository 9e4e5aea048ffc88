// What can be wrong with a PDF, each as a stable code with a Chinese message saying what to do. A PDF that cannot
// be read whole (password, damage, no text at all, not a budget document) gets an error and nothing of it is
// published; pages that are pictures or blank are named, so that an editor knows where text is missing.
import { diag } from '../../model/diagnostics.ts';
import type { Diagnostic } from '../../model/schema.ts';

const REDOWNLOAD = '请从发布单位的网站重新下载原文件，确认能在 PDF 阅读器中打开每一页后，再用它替换这个文件。';
const OCR = '用 WPS、Acrobat 等工具的“文字识别（OCR）”生成带文字层的 PDF，逐项核对数字后替换这个文件；或改为提交从原始文档复制出的文字（.txt）';

/** pdfjs could not open the file at all. */
export function openFailure(error: unknown, bytes: Uint8Array): Diagnostic {
  if (errorName(error) === 'PasswordException') {
    return diag('MZ-PDF-ENCRYPTED', 'error', 1, 'PDF 文件设置了打开密码，无法读取。请向发布单位索取未加密的版本，或在 PDF 工具中输入密码打开后“另存为”不加密的 PDF，再用它替换这个文件。');
  }
  if (!hasEndMarker(bytes)) {
    return diag('MZ-PDF-DAMAGED', 'error', 1, `PDF 文件不完整：文件末尾没有结束标记（%%EOF），可能在下载或复制时中断了（现有 ${bytes.length} 字节）。${REDOWNLOAD}`);
  }
  const reason = errorName(error) === 'InvalidPDFException' ? '文件结构无效' : error instanceof Error ? error.message : String(error);
  return diag('MZ-PDF-DAMAGED', 'error', 1, `PDF 文件已损坏，无法读取（${reason}）。${REDOWNLOAD}`);
}

const errorName = (error: unknown) => (typeof error === 'object' && error !== null ? String((error as { name?: unknown }).name) : '');

/** The cross-reference table lists objects that are not where it says: bytes were overwritten or lost. */
export function misplaced(count: number, bytes: Uint8Array): Diagnostic {
  if (!hasEndMarker(bytes)) return openFailure(null, bytes);
  return diag('MZ-PDF-DAMAGED', 'error', 1, `PDF 文件已损坏：文件的目录（交叉引用表）所列的 ${count} 个对象不在所记录的位置，部分页面、字体或文字可能缺失或读错。${REDOWNLOAD}`);
}

/** A complete PDF ends with "%%EOF" (possibly followed by a line break or a few stray bytes). */
function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  return tail.includes('%%EOF');
}

const pageList = (pages: readonly number[]) => pages.join('、');

export function damagedPages(pages: readonly number[], line: number): Diagnostic {
  return diag('MZ-PDF-PAGE-DAMAGED', 'error', line, `PDF 的第 ${pageList(pages)} 页无法读取（文件可能部分损坏），这些页的内容会缺失，因此整份报告暂不发布。${REDOWNLOAD}`);
}

export function noText(pageCount: number): Diagnostic {
  const pages = pageCount === 1 ? 'PDF 仅有的一页' : `PDF 的 ${pageCount} 页都`;
  return diag('MZ-PDF-NO-TEXT', 'error', 1, `${pages}没有文字层（通常是扫描件或图片），读不出任何文字，需要先做文字识别：请${OCR}。`);
}

export function imagePages(pages: readonly number[], line: number): Diagnostic {
  return diag('MZ-PDF-PAGE-NO-TEXT', 'warning', line, `PDF 的第 ${pageList(pages)} 页是图片（扫描件），没有文字层，这些页上的内容读不出来，需要文字识别（OCR）。如这些页有表格或数字，请${OCR}。`);
}

export function blankPages(pages: readonly number[], line: number): Diagnostic {
  return diag('MZ-PDF-PAGE-BLANK', 'info', line, `PDF 的第 ${pageList(pages)} 页没有文字，也没有图片（空白页，或文字被转成了图形）。如这些页本应有内容，请检查原文件。`);
}

/** Every budget or final-accounts document names itself; a PDF that never says 预算/决算 is another document. */
const BUDGET_WORDS = /[预决]\s*算|绩\s*效\s*自\s*评/;

export function notBudget(lines: readonly string[]): Diagnostic | null {
  if (lines.some((l) => BUDGET_WORDS.test(l))) return null;
  return diag('MZ-PDF-NOT-BUDGET', 'error', 1, '这个 PDF 的文字中没有“预算”“决算”“绩效自评”等字样，不是部门预算、决算或绩效自评报告，不会发布。请确认提交的是正确的文件。');
}
