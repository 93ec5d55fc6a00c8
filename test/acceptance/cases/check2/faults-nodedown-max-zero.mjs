// check.faults.nodeDown: { max: N } draws "up to N node failures" per world. With max 0 no world has
// a node failure, so three 2h pods on the default cluster never fail: 10 worlds, exit 0. With max 1
// some world takes a node down long enough for its pod to be evicted (maxFailed 0 breaks): exit 1,
// and the counterexample has exactly one nodeDown fault, on a node of the default cluster
// (node-1..node-3), which `jobsim run` replays (status.failed > 0).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
const YAML = () => createRequire(join(process.cwd(), 'package.json'))('yaml');
const scenario = (max) => `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: nd}
spec:
  duration: 3h
  check:
    runs: 10
    faults:
      nodeDown: {max: ${max}, for: [20m, 30m]}
    properties:
    - {job: etl, maxFailed: 0}
---
apiVersion: batch/v1
kind: Job
metadata: {name: etl}
spec:
  completions: 3
  parallelism: 3
  template:
    metadata: {annotations: {jobsim/duration: 2h}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'check2/faults-nodedown-max-zero',
  source: 'CONTRACT §2 (check.faults.nodeDown: { max: 2, for: [1m, 30m] }: up to 2 node failures, random times and lengths; default cluster node-1..node-3); CONTRACT §1 jobsim check',
  scenario: scenario(0),
  check(r, h) {
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'nd0-'));
    writeFileSync(join(dir, 'zero.yaml'), scenario(0));
    writeFileSync(join(dir, 'one.yaml'), scenario(1));
    let p = spawnSync(bin, ['check', 'zero.yaml'], { encoding: 'utf8', cwd: dir });
    h.eq(p.status, 0, `max 0: ${p.stdout.trim()}`);
    h.eq(p.stdout.split(':')[0], '10 world(s) explored from seed 1', 'ten worlds');
    p = spawnSync(bin, ['check', 'one.yaml'], { encoding: 'utf8', cwd: dir });
    h.eq(p.status, 1, `max 1: ${p.stdout.trim()}`);
    const docs = YAML().parseAllDocuments(readFileSync(join(dir, 'one.counterexample.yaml'), 'utf8')).map((d) => d.toJS());
    const faults = docs.find((d) => d.kind === 'Simulation').spec.faults ?? [];
    h.eq(faults.length, 1, `one fault: ${JSON.stringify(faults)}`);
    h.assert(/^node-[123]$/.test(faults[0].nodeDown) && faults[0].for !== undefined, `a nodeDown on a default node, with its length: ${JSON.stringify(faults)}`);
    const res = JSON.parse(spawnSync(bin, ['run', 'one.counterexample.yaml', '-o', 'json'], { encoding: 'utf8', cwd: dir }).stdout);
    h.assert(res.items.find((o) => o.kind === 'Job' && o.metadata.name === 'etl').status.failed > 0, 'replay: etl failed');
  },
};
