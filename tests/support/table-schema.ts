// Checks a CSV value against a Frictionless Table Schema v2 field, for the types the downloads use.
export interface SchemaField {
  name: string;
  type: string;
  categories?: string[];
  itemType?: string;
  delimiter?: string;
}

// The lexical forms of the Table Schema standard (XML Schema decimal and integer).
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;

function valid(type: string, value: string): boolean {
  if (type === 'string') return true;
  if (type === 'number') return NUMBER.test(value);
  if (type === 'integer') return INTEGER.test(value);
  throw new Error(`type ${type} is not used by the downloads`);
}

/** Empty is the missing value (missingValues [""]); anything else must be of the field's type. */
export function validValue(field: SchemaField, value: string): boolean {
  if (value === '') return true;
  if (field.categories && !field.categories.includes(value)) return false;
  if (field.type === 'list') return value.split(field.delimiter ?? ',').every((v) => valid(field.itemType ?? 'string', v));
  return valid(field.type, value);
}
