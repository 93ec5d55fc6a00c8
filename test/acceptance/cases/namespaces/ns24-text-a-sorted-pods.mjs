// The -A pod table lists namespace by namespace, names ascending within each (z-job's pods in alpha before
// default's a-job pod), and the NAMESPACE column is the first column of the cronjob, job and pod tables.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const job = (ns, name, par) => `apiVersion: batch/v1
kind: Job
metadata: {name: ${name}${ns ? `, namespace: ${ns}` : ''}}
spec:
  parallelism: ${par}
  completions: ${par}
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
const scenario = [job('zeta', 'b', 1), job('', 'z', 1), job('alpha', 'w', 2), job('alpha', 'x', 1)].join('---\n');
export default {
  id: 'namespaces/ns24-text-a-sorted-pods',
  source: 'kubectl get -A (server list order: namespace, then name); printers WithNamespace',
  args: ['--duration', '1m'],
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'nspods-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '--duration', '1m'], { encoding: 'utf8' }).stdout;
    const pods = out.split('\n').filter((l) => /^\S+\s+pod\//.test(l)).map((l) => { const [ns, n] = l.split(/\s+/); return `${ns} ${n.replace(/-[a-z0-9]{5}$/, '')}`; });
    h.eq(pods, ['alpha pod/w', 'alpha pod/w', 'alpha pod/x', 'default pod/z', 'zeta pod/b'], 'pod rows');
    const jobs = out.split('\n').filter((l) => /^\S+\s+job\.batch\//.test(l)).map((l) => l.split(/\s+/).slice(0, 2).join(' '));
    h.eq(jobs, ['alpha job.batch/w', 'alpha job.batch/x', 'default job.batch/z', 'zeta job.batch/b'], 'job rows');
    const names = h.of('Pod').map((p) => `${p.metadata.namespace}/${p.metadata.name}`);
    h.eq([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), names, 'JSON pods sorted by namespace then name');
  },
};
