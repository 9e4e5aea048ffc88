// A PDF's identity, which it cannot carry in front matter: the bureau's name from the registry entry of its folder,
// the year from its year folder, the kind from its file name (content/reports/<单位 id>/<年度>/<报告类型>.pdf), and
// region and source_url from an optional sidecar <报告类型>.yaml beside it. The parser checks these against the
// title printed in the document (MZ-ID-DISAGREE).
import { readFields, type FrontMatter } from '../extract/source.ts';
import { readYaml } from '../extract/yaml.ts';
import { diagnostic, Diagnostics } from '../model/diagnostics.ts';
import { Kind } from '../model/schema.ts';
import { displayPath, readSettingsFile, type ReportFile } from './content-files.ts';
import type { FileDiagnostic } from './problems.ts';
import type { Bureau } from './registry.ts';

const SIDECAR_KEYS = ['region', 'source_url'];

export interface GivenIdentity {
  given: FrontMatter;
  problems: FileDiagnostic[];
}

export function pdfIdentity(file: ReportFile, bureaus: readonly Bureau[]): GivenIdentity {
  const parts = file.name.split('/');
  const stem = parts.at(-1)!.replace(/\.pdf$/i, '');
  const kind = Kind.options.find((k) => k === stem);
  const sidecar = file.sidecar === null ? { fields: {}, problems: [] } : readSidecar(file.sidecar);
  const given: FrontMatter = {
    ...sidecar.fields,
    bureau: bureaus.find((b) => b.id === parts[0])?.name,
    year: /^\d{4}$/.test(parts[1] ?? '') ? Number(parts[1]) : undefined,
    kind,
  };
  const named = kind ? [] : [{ file: file.file, diagnostic: diagnostic('MZ-PDF-NAME', 1, stem, Kind.options) }];
  return { given, problems: [...named, ...sidecar.problems] };
}

function readSidecar(path: string): { fields: FrontMatter; problems: FileDiagnostic[] } {
  const file = displayPath(path);
  const { text, problem } = readSettingsFile(path);
  if (problem) return { fields: {}, problems: [problem] };
  const diagnostics = new Diagnostics();
  const fields = sidecarFields(text ?? '', diagnostics);
  return { fields, problems: diagnostics.list.map((d) => ({ file, diagnostic: d })) };
}

function sidecarFields(text: string, diagnostics: Diagnostics): FrontMatter {
  const read = readYaml(text);
  if (!read.ok) {
    diagnostics.raise('MZ-FM-YAML', { line: read.line, column: read.column }, { line: read.line, hint: read.hint });
    return {};
  }
  if (read.value === null || read.value === undefined) return {};
  if (typeof read.value !== 'object' || Array.isArray(read.value)) {
    diagnostics.raise('MZ-FM-YAML', 1, null);
    return {};
  }
  const { region, source_url } = readFields(read.value as Record<string, unknown>, (key) => read.lineOf([key]) ?? 1, diagnostics, SIDECAR_KEYS);
  return { region, source_url };
}
