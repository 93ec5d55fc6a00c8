// --trace lines carry "namespace" for namespaced objects (Job, Pod, CronJob) and none for Nodes; the object's
// metadata.namespace agrees; event lines carry the event with metadata.namespace of its object.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: batch/v1
kind: Job
metadata: {name: j, namespace: team}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'namespaces/ns25-trace-namespace',
  source: 'README --trace ({"t","type":"object","op","kind","namespace","name","object"})',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'nstrace-'));
    const f = join(dir, 's.yaml'), t = join(dir, 't.jsonl');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '--trace', t, '-o', 'summary'], { encoding: 'utf8' });
    h.eq(p.status, 0, 'exit');
    const lines = readFileSync(t, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const objs = lines.filter((l) => l.type === 'object');
    for (const o of objs) {
      if (o.kind === 'Node') h.eq([o.namespace, o.object.metadata.namespace], [undefined, undefined], 'node line');
      else h.eq([o.namespace, o.object.metadata.namespace], ['team', 'team'], `${o.kind} ${o.name}`);
    }
    h.eq([...new Set(objs.map((o) => o.kind))].sort(), ['Job', 'Node', 'Pod'], 'kinds');
    for (const e of lines.filter((l) => l.type === 'event')) h.eq(e.event.metadata.namespace, 'team', e.event.reason);
  },
};
