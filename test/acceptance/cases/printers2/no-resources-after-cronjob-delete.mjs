// A CronJob deleted by the timeline (background propagation) takes its Jobs and pods with it: at the end kubectl get
// finds nothing ("No resources found in default namespace."), and the deleted section lists the CronJob, its Job
// and its pod.
import { runText, tableOf } from '../../text-tables.mjs';

const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: gone}
spec:
  duration: 5m
  timeline:
    - {at: 90s, delete: {kind: CronJob, name: c}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: c}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: 1h}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`;
export default {
  id: 'printers2/no-resources-after-cronjob-delete',
  source: 'kubectl get ("No resources found in default namespace."); garbage collector background propagation; README "The text report" (deleted section)',
  scenario,
  check(r, h) {
    const out = runText(scenario);
    const lines = out.split('\n');
    const i = lines.findIndex((l) => l.startsWith('$ kubectl get cronjobs,jobs,pods'));
    h.eq(lines[i], '$ kubectl get cronjobs,jobs,pods -o wide   # at 2026-01-01T00:05:00Z', 'command');
    h.eq(lines[i + 1], 'No resources found in default namespace.', 'no resources');
    h.eq(tableOf(out, 'cronjob.batch').rows.length, 0, 'no cronjob table');
    const d = lines.findIndex((l) => /^Deleted during the run/.test(l));
    h.eq(lines[d], 'Deleted during the run (3):', 'deleted heading');
    const objs = lines.slice(d + 2, d + 5).map((l) => l.split(/\s{2,}/)[1]).sort();
    h.eq(objs.map((o) => o.split('-')[0].replace(/\/.*/, '')), ['cronjob', 'job', 'pod'], 'a cronjob, a job and a pod');
    h.assert(lines.slice(d + 2, d + 5).some((l) => l.startsWith('+00:01:30   cronjob/c')), 'cronjob deletion at 1m30s');
  },
};
