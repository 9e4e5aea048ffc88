// Every diagnostic code the project raises, in one place (as Astro keeps its errors-data.ts): a stable code, its
// severity, what it means and what to do (README's tables are generated from these, `npm run generate`), and the
// message, built from what the raising module knows. Audit findings are listed apart: their severity follows from
// whether the check held, and their message from the check.
import type { Kind, Severity } from './schema.ts';

interface Spec<P extends unknown[]> {
  severity: Severity;
  /** What the code means, for README's table (提示的意思). */
  meaning: string;
  /** What an editor does about it, for README's table (怎么办). */
  fix: string;
  message: (...params: P) => string;
}

const spec = <P extends unknown[] = []>(s: Spec<P>): Spec<P> => s;

const PDF_REDOWNLOAD = '请从发布单位的网站重新下载原文件，确认能在 PDF 阅读器中打开每一页后，再用它替换这个文件。';
const PDF_OCR = '用 WPS、Acrobat 等工具的“文字识别（OCR）”生成带文字层的 PDF，逐项核对数字后替换这个文件；或改为提交从原始文档复制出的文字（.txt）';
const SAVE_AS_UTF8 = '请用记事本或 WPS 打开原文件，选择“另存为”，编码选“UTF-8”，保存后再提交。';

export const DIAGNOSTICS = {
  'MZ-INPUT-EMPTY': spec({
    severity: 'error',
    meaning: '文件是空的（0 字节）',
    fix: '把报告全文粘贴进去保存，或删除这个文件',
    message: () => '文件是空的（0 字节）。请把报告全文粘贴进去并保存为 UTF-8 文本，或删除这个文件。',
  }),
  'MZ-INPUT-BLANK': spec({
    severity: 'error',
    meaning: '文件只有空格、空行，或只有头信息没有正文',
    fix: '把报告全文粘贴进去（有头信息的，粘贴在头信息之后），或删除这个文件',
    message: (frontMatterOnly: boolean) => frontMatterOnly
      ? '文件只有头信息（两行 “---” 之间的部分），没有报告正文。请把报告全文粘贴在头信息之后。'
      : '文件只有空格或空行，没有内容。请把报告全文粘贴进去，或删除这个文件。',
  }),
  'MZ-INPUT-BINARY': spec({
    severity: 'error',
    meaning: '文件不是文本：提示会说出它是什么（PDF、Word .docx/.doc、Excel .xlsx/.xls、OFD、图片、压缩包……）',
    fix: 'PDF 直接以 `<报告类型>.pdf` 提交（见“添加 PDF 报告”）；其他文件提取文字：WPS/Office “另存为”纯文本 .txt，图片先 OCR 并逐字核对；保存为 UTF-8 的 .txt，替换这个文件',
    message: (kind: { name: string; todo: string } | null) => kind
      ? `这是${kind.name}，不是文本文件，无法读取。${kind.todo}（编码选 UTF-8），再用它替换这个文件。`
      : '文件中有空字节（NUL），不是文本文件，也无法识别其格式。请从原文件中复制出文字，粘贴到记事本，保存为 UTF-8 编码的 .txt 文件，用它替换这个文件。',
  }),
  'MZ-INPUT-TOO-LARGE': spec({
    severity: 'error',
    meaning: '文件超过每个报告文件的上限（32 MB 或 2,000,000 行），没有读取',
    fix: '检查是否把多份报告或其他数据放进了一个文件；每份报告单独保存为一个文件',
    message: (size: string, limit: string) => `文件有 ${size}，超过每个报告文件 ${limit} 的上限，没有读取。一份报告的正文通常不到 1 MB、几千行：请检查是否把多份报告或其他数据放进了这一个文件，每份报告单独保存为一个文件。`,
  }),
  'MZ-INPUT-IGNORED': spec({
    severity: 'warning',
    meaning: '`content/reports/` 下有不是 .txt/.md/.pdf（也不是 PDF 旁的 .yaml）的文件，构建不读它',
    fix: '是 PDF 报告就改名为 `<报告类型>.pdf`；是文字报告就另存为 .txt；不是报告就移走',
    message: (what: string) => `文件扩展名不是 .txt、.md 或 .pdf，构建时不会读取它。${what}`,
  }),
  'MZ-ENC-UNKNOWN': spec({
    severity: 'error',
    meaning: '看不出文件的文字编码（不是 UTF-8，也不像 GBK/GB18030，例如繁体 Big5、日文 Shift-JIS）',
    fix: '用记事本或 WPS 打开，“另存为”，编码选 UTF-8',
    message: (claimed: string | null) => claimed
      ? `文件看起来是 ${claimed} 编码，但其中有不符合该编码的字节，可能已损坏或混用了几种编码。${SAVE_AS_UTF8}`
      : `无法确定文件的文字编码（既不是 UTF-8，也不像 GBK/GB18030）。${SAVE_AS_UTF8}`,
  }),
  'MZ-ENC-UTF8-DAMAGED': spec({
    severity: 'error',
    meaning: 'UTF-8 文件中从某一行起有乱码字节',
    fix: '到提示的行重新输入乱码处的文字，保存为 UTF-8',
    message: (line: number, bad: number) => `文件是 UTF-8 编码，但第 ${line} 行起有 ${bad} 处无效字节（可能是复制时混入了其他编码的文字或文件已损坏）。请找到这一行，重新输入乱码处的文字后保存为 UTF-8。`,
  }),
  'MZ-ENC-CONVERTED': spec({
    severity: 'info',
    meaning: '文件是 GBK/GB18030 或 UTF-16（记事本的“Unicode”），已自动转换读取',
    fix: '不必处理；以后建议另存为 UTF-8',
    message: (encoding: string) => `文件是 ${encoding} 编码，已自动转换读取。建议另存为 UTF-8，以便其他工具也能正确显示。`,
  }),
  'MZ-FM-YAML': spec({
    severity: 'error',
    meaning: '头信息（两行 `---` 之间）第几行写错了：全角冒号“：”、行首用了 Tab 或空格、同一个键写了两次、引号没配对',
    fix: '按提示改那一行：每行 `键: 值`，半角冒号加空格',
    message: (at: { line: number; hint: string } | null) => at
      ? `头信息第 ${at.line} 行不是有效的 YAML：${at.hint}`
      : '头信息应是 “键: 值” 的列表，例如 “bureau: 邵阳市医疗保障局”。',
  }),
  'MZ-FM-UNCLOSED': spec({
    severity: 'error',
    meaning: '文件以 `---` 开头却没有结束的 `---`',
    fix: '在头信息后单独加一行 `---`',
    message: () => '文件以 “---” 开头，但没有找到结束的 “---” 行。请在头信息（bureau、year 等）之后单独加一行 “---”。',
  }),
  'MZ-FM-UNKNOWN-KEY': spec({
    severity: 'warning',
    meaning: '头信息里有不认识的键，已忽略',
    fix: '检查拼写：bureau、year、kind、region、source_url',
    message: (key: string, known: readonly string[]) => `头信息中的 “${key}” 不是已知字段，已忽略。可用字段：${known.join('、')}。`,
  }),
  'MZ-FM-SOURCE-URL': spec({
    severity: 'warning',
    meaning: '`source_url` 不是 `http://` 或 `https://` 开头的网址，不会显示为链接',
    fix: '填原文发布页面的完整网址',
    message: (text: string) => `头信息的 source_url “${text}” 不是以 http:// 或 https:// 开头的网址，不会显示为链接。请填写原文发布页面的完整网址。`,
  }),
  'MZ-FM-KIND': spec({
    severity: 'error',
    meaning: '头信息的 kind 不是已知的报告类型',
    fix: '写成已知类型之一（提示中列出）',
    message: (kind: string, kinds: readonly Kind[]) => `头信息的 kind “${kind}” 不是已知的报告类型。请写成以下之一：${kinds.join('、')}。`,
  }),
  'MZ-ID-BUREAU': spec({
    severity: 'error',
    meaning: '无法从正文识别发布单位',
    fix: '在文件开头加头信息（bureau、year）',
    message: () => '无法从正文识别发布单位（没有标题行、“部门：”行或决算单位构成说明）。请在文件开头加头信息：\n---\nbureau: 单位全称\nyear: 年度\n---',
  }),
  'MZ-ID-YEAR': spec({
    severity: 'error',
    meaning: '无法从正文识别报告年度',
    fix: '在头信息中加一行 `year: 2023`（报告所属年度）',
    message: () => '无法从正文识别报告年度（没有“2023年度”之类的字样）。请在文件开头的头信息中加一行 “year: 2023”（用报告所属年度）。',
  }),
  'MZ-ID-YEAR-RANGE': spec({
    severity: 'error',
    meaning: '年度早于 2000 年或晚于今年，多半是笔误',
    fix: '改正头信息或正文标题中的年度',
    message: (year: number, problem: string) => `报告年度 ${year} ${problem}，可能是笔误。请改正头信息或正文中的年度（用报告所属年度，如 2023）。`,
  }),
  'MZ-ID-DISAGREE': spec({
    severity: 'warning',
    meaning: '头信息（PDF：文件路径与单位登记）与正文所写的单位、年度或类型不一致',
    fix: '核对头信息（PDF：所在目录、文件名和 content/bureaus.yaml 中的单位名称）；有误就改正',
    message: (key: string, header: string, line: number, text: string, given = '头信息') => `${given}的 ${key} 是 “${header}”，正文第 ${line} 行却是 “${text}”。已采用${given}；如${given}有误请改正。`,
  }),
  'MZ-REGISTRY-FILE': spec({
    severity: 'error',
    meaning: '找不到或读不了 `content/bureaus.yaml`',
    fix: '建立 content/bureaus.yaml，登记每个单位（见 README “添加报告”）',
    message: (reason: string) => `单位名录 content/bureaus.yaml ${reason}。每份报告都要在名录中登记所属单位：请建立这个文件，为每个单位写一条（id、name、region、level）。`,
  }),
  'MZ-REGISTRY-YAML': spec({
    severity: 'error',
    meaning: '`content/bureaus.yaml` 不是有效的 YAML，或不是单位的列表',
    fix: '按提示改那一行；每个单位以 `- id: …` 开头',
    message: (hint: string) => `单位名录 content/bureaus.yaml 有误：${hint}`,
  }),
  'MZ-REGISTRY-ENTRY': spec({
    severity: 'error',
    meaning: '`content/bureaus.yaml` 中一个单位的某一项不对（提示写出是哪一项、应怎样写）',
    fix: '按提示改正那一行',
    message: (rule: string) => `单位名录中这一条有误：${rule}。`,
  }),
  'MZ-REGISTRY-DUPLICATE': spec({
    severity: 'error',
    meaning: '`content/bureaus.yaml` 中同一个 id 登记了两次',
    fix: '删去其中一条，或给另一个单位换一个 id',
    message: (id: string, firstLine: number) => `单位 id “${id}” 在第 ${firstLine} 行已经登记过，这里又登记了一次（后一条没有采用）。请删去重复的一条，或给另一个单位换一个 id。`,
  }),
  'MZ-REGISTRY-MISSING': spec({
    severity: 'error',
    meaning: '单位目录不在 `content/bureaus.yaml` 中',
    fix: '在 bureaus.yaml 里登记该单位，或把文件移到已登记的目录',
    message: (bureauId: string) => `单位目录 “${bureauId}” 不在 content/bureaus.yaml 中。请在 bureaus.yaml 里为它加一条（id、name、region、level），或把文件移到已登记单位的目录下。`,
  }),
  'MZ-REPORT-DUPLICATE': spec({
    severity: 'error',
    meaning: '两个文件是同一单位、同一年度、同一类报告（提示里写出另一个文件）',
    fix: '删除重复的文件，或改正其中一份的 year/kind',
    message: (others: readonly string[], bureauId: string, year: number, kind: Kind) => `本文件与 ${others.join('、')} 是同一单位（${bureauId}）、同一年度（${year}）、同一类报告（${kind}），只能发布其中一份。请删除重复的文件，或改正其中一份的年度（year）或报告类型（kind）。`,
  }),
  'MZ-SITE-YAML': spec({
    severity: 'error',
    meaning: '`content/site.yaml` 不是有效的 YAML',
    fix: '按提示改那一行',
    message: (hint: string) => `网站设置 content/site.yaml 有误：${hint}`,
  }),
  'MZ-SITE-CONFIG': spec({
    severity: 'error',
    meaning: '`content/site.yaml` 中某一项不对（提示写出是哪一项、应怎样写）',
    fix: '按提示改正那一行（见 README “开放数据”）',
    message: (rule: string) => `网站设置 content/site.yaml 中这一项有误：${rule}。`,
  }),
  'MZ-SITE-LICENSE-PATH': spec({
    severity: 'warning',
    meaning: '`content/site.yaml` 的 `license.path` 不是 `http://` 或 `https://` 开头的网址，不显示为链接，也不写入 datapackage.json',
    fix: '填许可协议的完整网址，或删去 path 只写 name',
    message: (path: string) => `license.path “${path}” 不是以 http:// 或 https:// 开头的网址，不会显示为链接，也不写入 datapackage.json。请填写许可协议的完整网址（如 https://creativecommons.org/licenses/by/4.0/），或删去 path 只写 name。`,
  }),
  'MZ-REGION-EMPTY': spec({
    severity: 'error',
    meaning: '分地区构建时 `MZ_REGION` 所写的地区在 `content/bureaus.yaml` 中没有单位，这次构建什么也不会发布',
    fix: '改正 MZ_REGION，写法与 bureaus.yaml 的 region 开头一致（如 湖南省郴州市）',
    message: (region: string) => `MZ_REGION=${region}：content/bureaus.yaml 中没有 region 以 “${region}” 开头的单位，这次构建不会发布任何报告。请检查 MZ_REGION 的写法，它应与 bureaus.yaml 中 region 的开头一致（如 湖南省郴州市）。`,
  }),
  'MZ-REGION-UNLISTED': spec({
    severity: 'warning',
    meaning: '分地区构建的地区不在 `content/site.yaml` 的 `regions` 中，全国门户不会列出它，也不会搜索它',
    fix: '在 site.yaml 的 regions 中为它加一项（name 和 url），或改正 MZ_REGION',
    message: (region: string) => `MZ_REGION=${region} 不在 content/site.yaml 的 regions 中：全国门户不会列出这个地区，也不会搜索它的报告。请在 regions 中加一项（name: ${region}，url: 该地区门户的地址），或改正 MZ_REGION。`,
  }),
  'MZ-INPUT-SYMLINK': spec({
    severity: 'error',
    meaning: '`content/` 下有符号链接（快捷方式），它指向的文件不在仓库里，不会发布',
    fix: '把链接换成文件本身（复制进来并提交），或删除链接',
    message: (target: string) => `这是一个符号链接（${target}），不是仓库中的文件。为保证发布的内容就是仓库中提交的内容，构建不读取链接。请把它指向的文件复制到这里替换链接，或删除链接。`,
  }),
  'MZ-TEXT-BIDI': spec({
    severity: 'warning',
    meaning: '名称或头信息中有 Unicode 文字方向控制字符，会让显示的文字与实际不同，已删去',
    fix: '重新输入这一行的文字（不要从带格式的文档中复制）',
    message: (where: string) => `${where}含有 Unicode 文字方向控制字符（U+202A–U+202E、U+2066–U+2069），它们会让网页、表格和终端中显示的文字与实际内容不同，已删去后采用。请重新输入这一行的文字。`,
  }),
  'MZ-ID-FOLDER-YEAR': spec({
    severity: 'error',
    meaning: '年度目录与报告所写的年度不一致',
    fix: '把文件移到正确年度的目录，或改正头信息/正文中的年度',
    message: (folder: string, year: number, line: number | null) => `文件在年度目录 “${folder}” 下，报告${line === null ? '' : `第 ${line} 行`}写的却是 ${year} 年度。两者必须一致，网址和年度对比都按年度排列：请把文件移到 ${year} 目录，或改正报告中的年度。`,
  }),
  'MZ-FM-TOO-LONG': spec({
    severity: 'error',
    meaning: '头信息中的名称太长，多半是粘贴错了',
    fix: '改成单位全称或地区名',
    message: (key: string, max: number) => `头信息的 ${key} 超过 ${max} 个字，不像是名称。请改成单位全称或地区名。`,
  }),
  'MZ-PARSE-FAILED': spec({
    severity: 'error',
    meaning: '读取这份报告时程序出错：这是明账的缺陷，不是报告的错',
    fix: '把这个文件和提示报告给明账的维护者',
    message: (reason: string) => `读取这份报告时程序出错（这是明账的缺陷，不是报告的错）：${reason}。请把这个文件和这段提示报告给明账的维护者。`,
  }),
  'MZ-NO-TABLES': spec({
    severity: 'info',
    meaning: '没有识别到公开表',
    fix: '如果文件有表格，检查表名是否单独成行',
    message: () => '本文件没有识别到公开表（如“收入支出决算总表”“收支预算总表”）。如文件确有表格，请检查表名是否单独成行；公开表另册发布的，可把表格所在的文件也提交进来。',
  }),
  'MZ-TABLE-HEADER': spec({
    severity: 'warning',
    meaning: '标准公开表的表头与标准栏目不一致，表中数字不用于核对',
    fix: '核对表头各栏名称是否完整',
    message: (title: string) => `“${title}”的表头与标准格式不一致，已按原表头显示，表中数字不用于核对。请核对表头各栏名称是否完整。`,
  }),
  'MZ-COLUMN-AMBIGUOUS': spec({
    severity: 'warning',
    meaning: '表头中有几栏的名称指向同一栏目（例如两栏都叫“基本支出”），无法确定哪一栏是它：这些栏照原样显示，其数字不用于汇总和核对',
    fix: '对照发布单位的原表核对表头；如是复制或转换时表头错位、栏名被拆开，请改用原文件',
    message: (title: string, labels: string) => `“${title}”的表头中“${labels}”几栏的名称指向同一栏目，无法确定各是哪一栏：这些栏照原样显示，其数字不用于汇总和核对。请对照发布单位的原表核对表头；如是复制或转换时表头错位，请改用原文件。`,
  }),
  'MZ-ROW-UNSURE': spec({
    severity: 'warning',
    meaning: '表中一行的各格无法确定地对应到栏目（例如单空格分隔、空格省略的行）：按原文显示，其数字不采用，涉及它的合计不核对',
    fix: '检查是否缺格或多格；制表符分隔的文字读得最好',
    message: (title: string, line: number, spaced: boolean) => spaced
      ? `“${title}”第 ${line} 行以空格分隔、空白单元格没有印出，无法确定每个数字属于哪一栏，此行数字未采用（原文照常显示）。如有原表，请改用制表符分隔，并保留空白单元格。`
      : `“${title}”第 ${line} 行的单元格数与表头栏数对不上，无法确定每个数字属于哪一栏，此行数字未采用（原文照常显示）。请检查该行是否缺少或多出单元格（空白单元格也要保留制表符）。`,
  }),
  'MZ-CELL-NOT-AMOUNT': spec({
    severity: 'warning',
    meaning: '金额栏里是文字',
    fix: '改成数字，或留空表示零',
    message: (title: string, line: number, column: string, text: string) => `“${title}”第 ${line} 行“${column}”栏应是金额，却是 “${text}”，未作为数字采用。请改成数字，或留空表示零。`,
  }),
  'MZ-UNIT-INFERRED': spec({
    severity: 'info',
    meaning: '表格没有注明金额单位，已按与其他表一致的单位读取',
    fix: '在表中注明单位',
    message: (title: string, unit: string) => `“${title}”没有注明金额单位；其三公经费预算数与三公经费表一致时按“${unit}”计算，已按${unit}读取。如不是，请在表中注明“单位：万元”或“单位：元”。`,
  }),
  'MZ-PDF-ENCRYPTED': spec({
    severity: 'error',
    meaning: 'PDF 设置了打开密码，无法读取',
    fix: '向发布单位索取未加密的版本，或用密码打开后“另存为”不加密的 PDF 替换',
    message: () => 'PDF 文件设置了打开密码，无法读取。请向发布单位索取未加密的版本，或在 PDF 工具中输入密码打开后“另存为”不加密的 PDF，再用它替换这个文件。',
  }),
  'MZ-PDF-DAMAGED': spec({
    severity: 'error',
    meaning: 'PDF 文件不完整或已损坏，无法读取',
    fix: '从发布单位网站重新下载原文件，确认每页都能打开后替换',
    message: (detail: string) => `${detail}${PDF_REDOWNLOAD}`,
  }),
  'MZ-PDF-PAGE-DAMAGED': spec({
    severity: 'error',
    meaning: 'PDF 的某些页无法读取（提示会列出页码），整份报告暂不发布',
    fix: '从发布单位网站重新下载原文件，确认每页都能打开后替换',
    message: (pages: string) => `PDF 的第 ${pages} 页无法读取（文件可能部分损坏），这些页的内容会缺失，因此整份报告暂不发布。${PDF_REDOWNLOAD}`,
  }),
  'MZ-PDF-NO-TEXT': spec({
    severity: 'error',
    meaning: 'PDF 没有文字层（扫描件或图片），读不出文字',
    fix: '用 OCR 生成带文字层的 PDF 并逐项核对数字后替换，或改交从原始文档复制出的文字（.txt）',
    message: (pages: string) => `${pages}没有文字层（通常是扫描件或图片），读不出任何文字，需要先做文字识别：请${PDF_OCR}。`,
  }),
  'MZ-PDF-PAGE-NO-TEXT': spec({
    severity: 'warning',
    meaning: 'PDF 的某些页是图片（扫描件），没有文字层（提示会列出页码）',
    fix: '这些页有表格或数字时，用 OCR 生成带文字层的 PDF 并逐项核对后替换',
    message: (pages: string) => `PDF 的第 ${pages} 页是图片（扫描件），没有文字层，这些页上的内容读不出来，需要文字识别（OCR）。如这些页有表格或数字，请${PDF_OCR}。`,
  }),
  'MZ-PDF-PAGE-BLANK': spec({
    severity: 'info',
    meaning: 'PDF 的某些页既没有文字也没有图片（提示会列出页码）',
    fix: '这些页本应有内容时，检查原文件',
    message: (pages: string) => `PDF 的第 ${pages} 页没有文字，也没有图片（空白页，或文字被转成了图形）。如这些页本应有内容，请检查原文件。`,
  }),
  'MZ-PDF-NAME': spec({
    severity: 'error',
    meaning: 'PDF 的文件名不是报告类型：PDF 没有头信息，报告类型来自文件名（如 `部门预算.pdf`）',
    fix: '把文件改名为 `<报告类型>.pdf`（提示中列出可用的类型），放在 `content/reports/<单位 id>/<年度>/` 下',
    message: (name: string, kinds: readonly Kind[]) => `PDF 的文件名 “${name}” 不是已知的报告类型。PDF 没有头信息，报告类型取自文件名：请把文件改名为以下之一加 .pdf：${kinds.join('、')}（如 部门预算.pdf）。`,
  }),
  'MZ-PDF-NOT-BUDGET': spec({
    severity: 'error',
    meaning: 'PDF 中没有“预算”“决算”“绩效自评”等字样，不是预算、决算报告',
    fix: '确认提交的是正确的文件',
    message: () => '这个 PDF 的文字中没有“预算”“决算”“绩效自评”等字样，不是部门预算、决算或绩效自评报告，不会发布。请确认提交的是正确的文件。',
  }),
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTICS;
export type MessageParams<C extends DiagnosticCode> = Parameters<(typeof DIAGNOSTICS)[C]['message']>;

/** Audit findings: a check that did not hold is a warning, one that held or could not be made is for information. */
export const FINDINGS = {
  'MZ-A-T01-SUM': '收入支出决算总表：本年收入合计、本年支出合计应等于各项之和',
  'MZ-A-T01-BALANCE': '收入支出决算总表：收入总计应等于支出总计',
  'MZ-A-T04-SUM': '财政拨款收入支出决算总表：本年收入合计、本年支出合计应等于各项之和',
  'MZ-A-T04-BALANCE': '财政拨款收入支出决算总表：收入总计应等于支出总计',
  'MZ-A-T04-COLUMN-SUM': '财政拨款收入支出决算总表：本年支出合计的一般公共预算、政府性基金预算、国有资本经营预算财政拨款各栏应分别等于各项支出之和',
  'MZ-A-T03-SPLIT': '支出决算表：基本支出与项目支出之和应等于本年支出合计',
  'MZ-A-T05-T04': '05表合计应等于04表的一般公共预算财政拨款支出',
  'MZ-A-T06-CLASS': '06表：每一类（如 301 工资福利支出）应等于其下各款之和',
  'MZ-A-T06-GROUP-TOTAL': '06表：人员经费合计、公用经费合计应等于该栏所列各类之和',
  'MZ-A-T06-T05': '06表人员经费与公用经费之和应等于05表基本支出',
  'MZ-A-T06-T09': '06表中三公经费各项（基本支出部分）不应大于三公经费表的决算数',
  'MZ-A-T09-TOTAL': '三公经费合计应等于三项之和',
  'MZ-A-B01-BALANCE': '收支预算总表：收入总计应等于支出总计',
  'MZ-A-B04-B05': '财政拨款收支预算总表的一般公共预算支出总计应等于一般公共预算支出表合计',
  'MZ-A-T09-VEHICLE': '公务用车购置及运行维护费应等于购置费与运行维护费之和',
  'MZ-A-HIERARCHY': '按科目编码：类应等于其下各款之和，款应等于其下各项之和，合计应等于各类之和',
  'MZ-A-ROW-SUM': '每行的合计栏应等于各栏之和',
  'MZ-A-SANGONG-SOURCES': '绩效评价基础数据表的三公经费应与三公经费表一致',
  'MZ-A-NARRATIVE': '文字说明所述金额应与表中数字一致',
  'MZ-A-NARRATIVE-SHARE': '文字说明所述占比（占 X%）应等于所述金额占总额的比例',
  'MZ-A-NARRATIVE-CHANGE': '文字说明所述与上年相比的增减额、增减幅度应与所述数字相符',
  'MZ-A-PRIOR-YEAR': '文字说明所述的上年“三公”经费（所述上年数，或本年数减所述增减额）应与本站收录的该单位上年报告一致',
} as const;

export type FindingCode = keyof typeof FINDINGS;
