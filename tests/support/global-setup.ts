// One build per base path for the whole test run: the site tests read it, the browser tests serve it.
import { buildSite } from './site.ts';

export default function setup(): void {
  buildSite('/');
  buildSite('/portal/');
}
