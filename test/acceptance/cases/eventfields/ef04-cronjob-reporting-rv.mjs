// cronjob-controller events: reportingComponent "cronjob-controller", reportingInstance "", eventTime
// null; involvedObject is GetReference(cronJob): apiVersion batch/v1, kind CronJob, the CronJob's uid and
// its resourceVersion at the sync. The slot at +5m is the CronJob's first write (the sync at creation
// changes nothing), so SuccessfulCreate carries the creation resourceVersion.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: c}
spec:
  duration: 6m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cr, namespace: ops}
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{name: c, image: busybox:1.36}]
`;
export default {
  id: 'eventfields/ef04-cronjob-reporting-rv',
  source: 'cronjob_controllerv2.go syncCronJob (recorder.Eventf(cronJob, Normal, "SuccessfulCreate", ...) on the lister copy; status updated after); client-go record generateEvent (ReportingController/ReportingInstance from the source); tools/reference GetReference',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'ef04-'));
    writeFileSync(join(dir, 's.yaml'), scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', join(dir, 's.yaml'), '-o', 'summary', '--trace', join(dir, 't.jsonl')], { encoding: 'utf8' });
    h.eq(p.status, 0, 'exit');
    const lines = readFileSync(join(dir, 't.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    const added = lines.find((l) => l.type === 'object' && l.op === 'ADDED' && l.kind === 'CronJob');
    const cj = h.cronjob('cr', 'ops');
    const ev = h.events({ kind: 'CronJob' });
    h.eq(ev.map((e) => e.reason), ['SuccessfulCreate', 'SawCompletedJob'], 'CronJob events');
    for (const e of ev) {
      h.eq([e.reportingComponent, e.reportingInstance, e.eventTime], ['cronjob-controller', '', null], `${e.reason} reporting fields and eventTime`);
      h.eq([e.involvedObject.apiVersion, e.involvedObject.kind, e.involvedObject.uid], ['batch/v1', 'CronJob', cj.metadata.uid], `${e.reason} involvedObject`);
    }
    h.eq(ev[0].involvedObject.resourceVersion, added.object.metadata.resourceVersion, 'SuccessfulCreate: the CronJob resourceVersion as created');
  },
};
