// "removes objects the properties do not name": a property names batch/etl (and the timeline Job
// `late`, which is what breaks); default/etl is another object (namespace defaults to default) that
// no property names and that the failure does not need, so the counterexample drops it and keeps
// batch/etl.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import ns from './property-namespace-and-timeline-job.mjs';
const YAML = () => createRequire(join(process.cwd(), 'package.json'))('yaml');
export default {
  id: 'checklib/shrink-removes-same-name-other-namespace',
  source: 'README jobsim check (the shrinker removes objects the properties do not name); CONTRACT.md §2 (namespace defaults to default)',
  scenario: ns.scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'nsr-'));
    const f = join(dir, 'ns.yaml');
    writeFileSync(f, ns.scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['check', f], { encoding: 'utf8' });
    h.eq(p.status, 1, 'exit');
    const docs = YAML().parseAllDocuments(readFileSync(join(dir, 'ns.counterexample.yaml'), 'utf8')).map((d) => d.toJS());
    h.eq(docs.filter((d) => d.kind === 'Job').map((d) => `${d.metadata.namespace ?? 'default'}/${d.metadata.name}`), ['batch/etl'], 'Jobs left');
  },
};
