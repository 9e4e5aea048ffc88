// The content folder the build reads: MZ_CONTENT points it elsewhere (tests and the benchmark), as in content.config.ts.
import { resolve } from 'node:path';

export const CONTENT_DIR = resolve(process.env.MZ_CONTENT ?? 'content');
