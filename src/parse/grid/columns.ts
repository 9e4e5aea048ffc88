// A PDF table's columns from its header leaves: where each was printed, and the role its label says (code, name;
// amounts until the body says otherwise). Their keys come from the vocabulary (meanings/assign.ts).
import type { Column } from '../../model/schema.ts';
import { CODE_LABEL, NAME_LABEL, normaliseLabel } from '../meanings/vocabulary.ts';
import type { Leaf } from './header.ts';

export interface GridColumn extends Column {
  x0: number;
  x1: number;
  /** False for a column of figures the header does not name. */
  named: boolean;
}

/** Header leaves → columns, with the role their label says (amounts until the body says otherwise). */
export function columnsOf(leaves: readonly Leaf[]): GridColumn[] {
  return leaves.map((leaf, i) => {
    const label = normaliseLabel(leaf.label);
    const role = CODE_LABEL.test(label) ? 'code' : NAME_LABEL.test(label) ? 'name' : 'amount';
    return { key: `c${i + 1}`, label: leaf.label, groups: leaf.groups, role, x0: leaf.x0, x1: leaf.x1, named: true };
  });
}
