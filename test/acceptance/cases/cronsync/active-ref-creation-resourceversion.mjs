// status.active[] is getRef(jobResp): the ObjectReference of the object the Create call returned, so its
// resourceVersion is the Job's resourceVersion at creation (the ADDED one), not a later one; the Job controller's
// status writes move the Job's own resourceVersion on without touching the reference.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 1h30m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj, namespace: batch}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "2h"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`;
export default {
  id: 'cronsync/active-ref-creation-resourceversion',
  source: 'cronjob_controllerv2.go syncCronJob (jobResp, err := jm.jobControl.CreateJob(...); jobRef, err := getRef(jobResp); Status.Active = append(..., *jobRef)); client-go tools/reference GetReference (Kind, APIVersion, Name, Namespace, UID, ResourceVersion)',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'cronsync-'));
    const file = join(dir, 's.yaml');
    writeFileSync(file, scenario);
    const trace = join(dir, 't.jsonl');
    const p = spawnSync('node_modules/.bin/jobsim', ['run', file, '-o', 'summary', '--trace', trace], { encoding: 'utf8' });
    h.eq(p.status, 0, 'trace run exit');
    const lines = readFileSync(trace, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const added = lines.find((l) => l.type === 'object' && l.op === 'ADDED' && l.kind === 'Job' && l.name === 'cj-29453820');
    h.assert(added, 'ADDED of the Job in the trace');
    const job = h.job('cj-29453820', 'batch');
    const active = h.cronjob('cj', 'batch').status.active ?? [];
    h.eq(active, [{ kind: 'Job', namespace: 'batch', name: 'cj-29453820', uid: job.metadata.uid, apiVersion: 'batch/v1', resourceVersion: added.object.metadata.resourceVersion }], 'active[0] is the reference of the created object');
    h.assert(Number(job.metadata.resourceVersion) > Number(added.object.metadata.resourceVersion), 'the Job was written since');
  },
};
