// A timeline create of Job "j" in namespace late while default/j exists: no conflict; created at 1m, completes at 1m11s;
// a second create of late/j at 2m (still there) is refused at load: jobs.batch "j" already exists.
const tl = (second) => `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: c}
spec:
  duration: 3m
  timeline:
  - at: 1m
    create: {apiVersion: batch/v1, kind: Job, metadata: {name: j, namespace: late}, spec: {template: {spec: {containers: [{name: c, image: busybox}], restartPolicy: Never}}}}
${second ? `  - at: 2m
    create: {apiVersion: batch/v1, kind: Job, metadata: {name: j, namespace: late}, spec: {template: {spec: {containers: [{name: c, image: busybox}], restartPolicy: Never}}}}
` : ''}---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
export default {
  id: 'namespaces/ns34-timeline-create-in-namespace',
  source: 'README timeline create; apiserver storage AlreadyExists (per namespace)',
  scenario: tl(false),
  check(r, h) {
    const l = h.job('j', 'late');
    h.eq([h.sec(l.metadata.creationTimestamp), h.sec(l.status.completionTime)], [60, 71], 'late/j');
    h.eq(h.sec(h.job('j').status.completionTime), 11, 'default/j');
    const dir = mkdtempSync(join(tmpdir(), 'nscreate-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, tl(true));
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'summary'], { encoding: 'utf8' });
    h.eq(p.status, 2, 'second create refused');
    const lines = p.stderr.split('\n').filter((x) => /\.yaml:\d+:\d+: /.test(x)).map((x) => x.replace(/^.*\.yaml:/, ''));
    h.eq(lines.length, 1, JSON.stringify(lines));
    h.assert(/^10:\d+: .*spec\.timeline\[1\]\.create\.metadata\.name: jobs\.batch "j" already exists$/.test(lines[0]), lines[0]);
  },
};
