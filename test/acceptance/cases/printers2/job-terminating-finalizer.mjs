// printJob STATUS order: Complete, Failed, then Terminating (deletionTimestamp), then Suspended. Three Jobs carry a
// user finalizer and are deleted at 1m: the running one shows Terminating (DURATION still counting), the completed
// one stays Complete, the suspended one shows Terminating (deletionTimestamp wins over Suspended). kubectl get still
// lists all three (they exist until the finalizer goes).
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const job = (name, extra = '', dur = '1h') => `
---
apiVersion: batch/v1
kind: Job
metadata: {name: ${name}, finalizers: [example.com/keep]}
spec:${extra}
  template:
    metadata: {annotations: {jobsim/duration: ${dur}}}
    spec:
      containers: [{name: main, image: busybox:1.36}]
      restartPolicy: Never
`;
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: held}
spec:
  timeline:
    - {at: 1m, delete: {kind: Job, name: running}}
    - {at: 1m, delete: {kind: Job, name: done}}
    - {at: 1m, delete: {kind: Job, name: paused}}
${job('running')}${job('done', '', '10s')}${job('paused', '\n  suspend: true')}`;
export default {
  id: 'printers2/job-terminating-finalizer',
  source: 'pkg/printers/internalversion/printers.go printJob (Complete, Failed, DeletionTimestamp -> "Terminating", Suspended, FailureTarget, Running)',
  args: ['--duration', '5m'],
  scenario,
  check(r, h) {
    for (const n of ['running', 'done', 'paused']) h.assert(h.job(n).metadata.deletionTimestamp, `${n} has a deletionTimestamp`);
    const t = tableOf(runText(scenario, ['--duration', '5m']), 'job.batch');
    const cells = (n) => { const x = rowOf(t, `job.batch/${n}`); return [x.STATUS, x.COMPLETIONS, x.DURATION, x.AGE]; };
    h.eq(cells('running'), ['Terminating', '0/1', '5m', '5m'], 'running row');
    h.eq(cells('done'), ['Complete', '1/1', '11s', '5m'], 'done row');
    h.eq(cells('paused'), ['Terminating', '0/1', '', '5m'], 'paused row');
  },
};
