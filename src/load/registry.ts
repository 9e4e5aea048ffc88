// The bureau registry (content/bureaus.yaml): ids used in URLs, full names, regions and levels.
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

export const Bureau = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  shortNames: z.array(z.string()).default([]),
  region: z.string(),
  level: z.enum(['省级', '市级', '县级', '乡级']),
});
export type Bureau = z.infer<typeof Bureau>;

export function loadRegistry(yamlText: string): Bureau[] {
  return z.array(Bureau).parse(parseYaml(yamlText));
}
