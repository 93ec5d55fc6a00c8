// kubectl get -A prints what the API server lists, in storage key order (/registry/jobs/<ns>/<name>, byte order, from
// etcd or the watch cache's btree): "/registry/jobs/team-a/a" < "/registry/jobs/team/z" ('-' 0x2d < '/' 0x2f), so
// namespace team-a comes before team, then team0. (The JSON items follow jobsim's own contract: kind, namespace, name.)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const job = (ns, name) => `apiVersion: batch/v1
kind: Job
metadata: {name: ${name}, namespace: ${ns}}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
const scenario = [job('team', 'z'), job('team-a', 'a'), job('team0', 'm')].join('---\n');
export default {
  id: 'namespaces/ns23-text-a-order-etcd-keys',
  source: 'apiserver storage keys (registry.NamespaceKeyFunc: prefix/ns/name), etcd range / cacher btree ordered by key; kubectl get does not sort without --sort-by',
  args: ['--duration', '1m'],
  scenario,
  check(r, h) {
    h.eq(h.of('Job').map((j) => j.metadata.namespace), ['team', 'team-a', 'team0'], 'JSON items: namespace order (contract)');
    const dir = mkdtempSync(join(tmpdir(), 'nsord-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '--duration', '1m'], { encoding: 'utf8' }).stdout;
    const rows = out.split('\n').filter((l) => /^\S+\s+job\.batch\//.test(l)).map((l) => l.split(/\s+/)[0]);
    h.eq(rows, ['team-a', 'team', 'team0'], 'kubectl -A job rows in key order');
  },
};
