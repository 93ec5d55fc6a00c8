// The Job controller records SuccessfulCreate on the Job it read from its informer at the start of the
// sync: ref.GetReference copies metadata.resourceVersion into involvedObject. The first sync of a new
// Job runs on the Job as created (nothing writes the Job before manageJob creates the pod), so the
// reference carries the creation resourceVersion; apiVersion batch/v1, no fieldPath.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: batch/v1
kind: Job
metadata: {name: rv}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
`;
export default {
  id: 'eventfields/ef02-job-involved-rv-create',
  source: 'client-go tools/reference/ref.go GetReference (ResourceVersion: objectMeta.GetResourceVersion()); controller_utils.go RealPodControl.createPods (Recorder.Eventf(object, Normal, SuccessfulCreate, ...)); job_controller.go syncJob (status written after manageJob)',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'ef02-'));
    writeFileSync(join(dir, 's.yaml'), scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', join(dir, 's.yaml'), '-o', 'summary', '--trace', join(dir, 't.jsonl')], { encoding: 'utf8' });
    h.eq(p.status, 0, 'exit');
    const lines = readFileSync(join(dir, 't.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    const added = lines.find((l) => l.type === 'object' && l.op === 'ADDED' && l.kind === 'Job');
    const createdRv = added.object.metadata.resourceVersion;
    h.assert(typeof createdRv === 'string' && createdRv !== '', 'the Job has a resourceVersion when created');
    const e = h.events({ reason: 'SuccessfulCreate', kind: 'Job' })[0];
    h.eq([e.involvedObject.apiVersion, e.involvedObject.kind, e.involvedObject.resourceVersion, e.involvedObject.fieldPath], ['batch/v1', 'Job', createdRv, undefined], 'involvedObject apiVersion, kind, resourceVersion (the Job as created), no fieldPath');
  },
};
