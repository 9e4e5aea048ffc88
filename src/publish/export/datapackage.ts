// Frictionless Data Package v2 descriptors (datapackage.json) for the CSV downloads: each CSV's fields with
// their types and units, and the publisher's licence and attribution from content/site.yaml.
import type { SiteConfig } from '../../load/site-config.ts';
import type { Field, Tabular } from './tabular.ts';

const PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

interface CsvResource {
  /** Lowercase letters, digits, "-", "." and "_". */
  name: string;
  /** Relative to the datapackage.json. */
  path: string;
  title: string;
  description?: string;
  table: Tabular;
}

/** A file that is not a table (the report JSON), listed so that the package names everything it ships. */
interface FileResource {
  name: string;
  path: string;
  title: string;
  description: string;
  format: 'json';
  mediatype: 'application/json';
}

export interface PackageSpec {
  name: string;
  title: string;
  description?: string;
  sources?: { title: string; path?: string }[];
  resources: (CsvResource | FileResource)[];
}

function schemaField(f: Field): Record<string, unknown> {
  const { name, type, description, unit, categories, itemType, delimiter } = f;
  return { name, type, ...(description && { description }), ...(unit && { unit }), ...(categories && { categories }), ...(itemType && { itemType, delimiter }) };
}

function resource(r: CsvResource | FileResource): Record<string, unknown> {
  if (!('table' in r)) return { ...r };
  return {
    name: r.name,
    type: 'table',
    path: r.path,
    title: r.title,
    ...(r.description && { description: r.description }),
    format: 'csv',
    mediatype: 'text/csv',
    // The files start with a byte order mark (for Excel); CSV readers that follow the standard skip it.
    encoding: 'utf-8',
    schema: { fields: r.table.fields.map(schemaField), missingValues: [''] },
  };
}

export function dataPackage(spec: PackageSpec, site: SiteConfig): Record<string, unknown> {
  const description = [spec.description, site.attribution].filter(Boolean).join('\n\n');
  return {
    $schema: PROFILE,
    name: spec.name,
    title: spec.title,
    ...(description && { description }),
    // A licence needs a name or a path (Data Package v2); site.yaml's path is dropped when it is not a web address.
    ...(site.license && (site.license.name || site.license.path) && { licenses: [site.license] }),
    ...(site.publisher && { contributors: [{ title: site.publisher, roles: ['publisher'] }] }),
    ...(spec.sources && spec.sources.length > 0 && { sources: spec.sources }),
    resources: spec.resources.map(resource),
  };
}
