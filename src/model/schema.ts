// The report format: the single source of the types (z.infer) and of the public JSON Schema.
import { z } from 'zod';

/** A canonical decimal string ("1070.62", "0", "-3.5"), exact as printed (thousands separators removed). */
/** The units amounts are printed in; a document may use both. */
export const Unit = z.enum(['万元', '元']);

export const Amount = z.string().regex(/^-?\d+(\.\d+)?$/);
const NullableAmount = Amount.nullable();

export const Severity = z.enum(['error', 'warning', 'info']);

export const Diagnostic = z.object({
  code: z.string(),
  severity: Severity,
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  message: z.string(),
});

export const Kind = z.enum(['部门决算', '单位决算', '部门预算', '单位预算', '绩效自评报告', '部门整体支出绩效自评报告']);

export const Identity = z.object({
  bureau: z.string().nullable(),
  year: z.number().int().nullable(),
  kind: Kind,
  region: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  /** Where each identity field was read: front matter, a body line, the registry, or a PDF's path in the content folder. */
  provenance: z.record(z.string(), z.object({ from: z.enum(['frontMatter', 'text', 'registry', 'path', 'default']), line: z.number().int().nullable() })),
});

export const Cell = z.object({
  /** The cell as printed (trimmed). */
  text: z.string(),
  /** Exact amount, "0" for a blank that the table uses for zero; null when the cell is not an amount. */
  amount: NullableAmount,
  /** Source line of the cell. */
  line: z.number().int().positive(),
});

export const Column = z.object({
  key: z.string(),
  label: z.string(),
  /** Group headers above this column, outermost first. */
  groups: z.array(z.string()),
  role: z.enum(['code', 'name', 'rowNo', 'amount', 'text']),
});

export const Row = z.object({
  line: z.number().int().positive(),
  lines: z.array(z.number().int().positive()),
  cells: z.array(Cell),
  /** total: 合计/总计-type rows; group: 类/款 rows (code of 3 or 5 digits); item: everything else. */
  role: z.enum(['total', 'item']),
});

/** t01–t09: the 决算 公开表; b01–b09: the 预算 公开表 (收支总表, 收入, 支出, 财政拨款收支总表, 一般公共预算支出, 其基本支出, 政府性基金, 国有资本经营, 三公). */
export const TableKind = z.enum(['t01', 't02', 't03', 't04', 't05', 't06', 't07', 't08', 't09', 'b01', 'b02', 'b03', 'b04', 'b05', 'b06', 'b07', 'b08', 'b09', 'perfBase', 'other']);

export const Table = z.object({
  id: z.string(),
  kind: TableKind,
  title: z.string(),
  label: z.string().nullable(),
  unit: Unit.nullable(),
  unitInferred: z.boolean(),
  lines: z.array(z.tuple([z.number().int(), z.number().int()])),
  titleLine: z.number().int(),
  headerLines: z.array(z.number().int()),
  columns: z.array(Column),
  rows: z.array(Row),
  /** First lines of rows left out because their cells could not be placed with certainty (MZ-ROW-UNSURE). */
  omitted: z.array(z.number().int()),
  /** Line of a declaration such as 「故本表无数据」: the table is present and empty. */
  declaredEmpty: z.number().int().nullable(),
  blankIsZero: z.boolean(),
  notes: z.array(z.object({ line: z.number().int(), text: z.string() })),
});

export const Paragraph = z.object({ text: z.string(), lines: z.array(z.number().int()), list: z.boolean() });

export const Section = z.object({
  id: z.string(),
  heading: z.string(),
  level: z.number().int().min(1).max(6),
  line: z.number().int(),
  paragraphs: z.array(Paragraph),
});

export const SangongFigures = z.object({
  total: NullableAmount,
  outbound: NullableAmount,
  vehicle: NullableAmount,
  vehiclePurchase: NullableAmount,
  vehicleOperation: NullableAmount,
  reception: NullableAmount,
});

const SourceRef = z.object({
  kind: z.enum(['table', 'section']),
  table: z.string().nullable(),
  section: z.string().nullable(),
  line: z.number().int(),
  description: z.string(),
});

export const Sangong = z.object({
  /** The unit the figures were printed in (a 三公 table in 元 keeps its 元 figures). */
  unit: Unit,
  budget: SangongFigures,
  actual: SangongFigures,
  source: SourceRef.nullable(),
  /** Line of each figure, same shape as the figures. */
  lines: z.object({ budget: z.record(z.string(), z.number().int()), actual: z.record(z.string(), z.number().int()) }),
  explanation: z.object({ section: z.string(), line: z.number().int() }).nullable(),
});

export const Summary = z.object({
  incomeTotal: NullableAmount,
  expenditureTotal: NullableAmount,
  grandTotal: NullableAmount,
  basicExpenditure: NullableAmount,
  projectExpenditure: NullableAmount,
  personnel: NullableAmount,
  publicFunds: NullableAmount,
  lines: z.record(z.string(), z.number().int()),
});

export const FindingSide = z.object({
  label: z.string(),
  value: NullableAmount,
  lines: z.array(z.number().int()),
});

export const Finding = z.object({
  code: z.string(),
  status: z.enum(['holds', 'rounding', 'mismatch', 'insufficient']),
  severity: Severity,
  /** What was checked, in Chinese. */
  rule: z.string(),
  expected: FindingSide,
  actual: FindingSide,
  difference: NullableAmount,
  tolerance: NullableAmount,
  message: z.string(),
});

/** A run of lines the parser could not read with certainty: published as original text. */
export const Unrecognised = z.object({
  start: z.number().int(),
  end: z.number().int(),
  reason: z.string(),
});

/** A figure the narrative states, in the unit it is printed in, and its line. */
export const StatedFigure = z.object({ value: Amount, unit: Unit, line: z.number().int() });
export type StatedFigure = z.infer<typeof StatedFigure>;

/** A change on the year the narrative states (「与上年相比减少 1.21 万元，下降 35.31%」), as read from one sentence. */
export const StatedChange = z.object({
  /** The current figure the change is about, where the sentence states it. */
  current: StatedFigure.nullable(),
  /** The 三公 item the sentence is about, for a current figure it does not state. */
  item: SangongFigures.keyof().nullable(),
  /** Signed: a 减少 is negative. */
  delta: StatedFigure.nullable(),
  percent: z.object({ value: Amount, line: z.number().int() }).nullable(),
  /** A 上年数 the sentence prints. */
  prior: StatedFigure.nullable(),
  line: z.number().int(),
  quote: z.string(),
});
export type StatedChange = z.infer<typeof StatedChange>;

/** How many people the unit has, as its narrative states it (「实有人数 32 人」): what 人均 figures divide by. */
export const Staff = z.object({
  count: z.number().int().positive(),
  /** The words the report uses for it, as printed: 「实有人数」, 「实际在职人员」. */
  label: z.string(),
  line: z.number().int(),
});
export type Staff = z.infer<typeof Staff>;

export const Report = z.object({
  formatVersion: z.literal(1),
  file: z.string(),
  bureau: z.string().nullable(),
  year: z.number().int().nullable(),
  kind: Kind,
  unit: Unit,
  identity: Identity,
  summary: Summary,
  sangong: Sangong,
  tables: z.array(Table),
  sections: z.array(Section),
  /** Null when the narrative states no staff count, or several that differ. */
  staff: Staff.nullable(),
  /** The changes on the year the narrative states, for the 三公 comparison with the previous year. */
  statedChanges: z.array(StatedChange),
  findings: z.array(Finding),
  diagnostics: z.array(Diagnostic),
  unrecognised: z.array(Unrecognised),
  /** Every line of the source as published, numbered as in the file (for a PDF: its extracted text, one line per printed row). */
  source: z.object({
    lines: z.array(z.string()),
    bodyStart: z.number().int(),
    /** PDF only: the page (1-based) each line was printed on, pages[n - 1] for line n; null for the blank line between
     * two pages. Every line number in the report (cells, rows, findings, figures) thus has its page. */
    pages: z.array(z.number().int().positive().nullable()).optional()
      .describe('PDF reports only: the page (1-based, as in original.pdf#page=N) each source line was printed on, pages[n - 1] for line n; null for the blank line between two pages.'),
  }),
});

/** Where a published report came from: its file, the file's exact bytes, and when the file last changed. */
export const Provenance = z.object({
  /** Path of the source file in its git repository ("content/reports/…"); without git, as the build named it. */
  file: z.string(),
  /** SHA-256 of the file's bytes as committed (hex), so anyone can check a copy of the original text. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  lastChanged: z.object({
    /** ISO 8601 date and time. */
    time: z.string(),
    /** git: the time of the last commit that changed the file; file: the file's modification time (no git history,
     * or the file differs from its last commit). */
    from: z.enum(['git', 'file']),
    commit: z.string().nullable(),
  }),
  /** Where the original was published, from the front matter's source_url. */
  sourceUrl: z.string().nullable(),
});

/** A report as published for download: the parsed report with its provenance. */
export const PublishedReport = Report.extend({ provenance: Provenance });

export type Amount = z.infer<typeof Amount>;
export type Severity = z.infer<typeof Severity>;
export type Unit = z.infer<typeof Unit>;
export type Diagnostic = z.infer<typeof Diagnostic>;
export type Kind = z.infer<typeof Kind>;
export type Identity = z.infer<typeof Identity>;
export type Cell = z.infer<typeof Cell>;
export type Column = z.infer<typeof Column>;
export type Row = z.infer<typeof Row>;
export type TableKind = z.infer<typeof TableKind>;
export type Table = z.infer<typeof Table>;
export type Paragraph = z.infer<typeof Paragraph>;
export type Section = z.infer<typeof Section>;
export type SangongFigures = z.infer<typeof SangongFigures>;
export type Sangong = z.infer<typeof Sangong>;
export type Summary = z.infer<typeof Summary>;
export type Finding = z.infer<typeof Finding>;
export type FindingSide = z.infer<typeof FindingSide>;
export type Unrecognised = z.infer<typeof Unrecognised>;
export type Report = z.infer<typeof Report>;
export type Provenance = z.infer<typeof Provenance>;
export type PublishedReport = z.infer<typeof PublishedReport>;
