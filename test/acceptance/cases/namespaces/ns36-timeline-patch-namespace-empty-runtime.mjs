// metadata.namespace: "" in a patch of default/j is the request namespace (ValidNamespace): accepted with its label
// change at 30s. jobsim's load-time check accepts it, but the run refuses it with a warning ("metadata.namespace:
// Invalid value: \\"\\": field is immutable; not applied") and drops the label.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 1m
  timeline:
  - {at: 30s, patch: {kind: Job, name: j, metadata: {namespace: "", labels: {c: d}}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'namespaces/ns36-timeline-patch-namespace-empty-runtime',
  source: 'apiserver registry/rest/meta.go ValidNamespace (empty -> request namespace); rest/update.go BeforeUpdate',
  scenario,
  check(r, h) {
    h.eq([h.job('j').metadata.namespace, h.job('j').metadata.labels.c], ['default', 'd'], 'label applied');
    const dir = mkdtempSync(join(tmpdir(), 'nsempty-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'summary'], { encoding: 'utf8' });
    h.eq(p.stderr.split('\n').filter((l) => l.startsWith('warning')), [], 'no warning');
  },
};
