// The sample budget PDFs' hand-read figures (../shared/samples/expected.json), keyed as the report format keys them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SangongKey } from '../../src/model/domain.ts';
import type { Summary } from '../../src/model/schema.ts';
import { sharedDir } from '../core/seeds.ts';

export const SAMPLES = sharedDir('samples');

/** expected.json's headline names → summary keys. */
export const SAMPLE_SUMMARY: Record<string, Exclude<keyof Summary, 'lines'>> = {
  收支总计: 'grandTotal', 本年收入合计: 'incomeTotal', 本年支出合计: 'expenditureTotal', 基本支出: 'basicExpenditure',
  项目支出: 'projectExpenditure', 人员经费: 'personnel', 公用经费: 'publicFunds',
};

/** expected.json's 三公 item names → 三公 keys. */
export const SAMPLE_SANGONG: Record<string, SangongKey> = {
  合计: 'total', '因公出国(境)费': 'outbound', 公务用车购置及运行维护费小计: 'vehicle', 公务用车购置费: 'vehiclePurchase',
  公务用车运行维护费: 'vehicleOperation', 公务接待费: 'reception',
};

/** Each sample document as expected.json describes it. */
export const sampleDocuments = (): any[] => JSON.parse(readFileSync(join(SAMPLES, 'expected.json'), 'utf8')).documents;

/** A document's 三公 预算数 by 三公 key (null: not printed). */
export const sampleBudget = (doc: any): Record<SangongKey, string | null> =>
  Object.fromEntries(Object.entries<string | null>(doc['三公经费']['预算数']).map(([k, v]) => [SAMPLE_SANGONG[k], v])) as Record<SangongKey, string | null>;
