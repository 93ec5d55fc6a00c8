// kubectl get -A: the cronjob table too gets NAMESPACE first; TIMEZONE prints spec.timeZone verbatim (Etc/UTC),
// LAST SCHEDULE 2m (08:00 read at 10:00), ACTIVE 0; Jobs of both namespaces sorted by namespace then name; the
// 00:00 Job was removed by successfulJobsHistoryLimit 3 and is no longer listed. A Job with an init container and
// two containers that completed: READY 0/2, Completed.
import { runText, tableOf, rowOf } from '../../text-tables.mjs';
import sparkline from './sparkline-steps.mjs';

const scenario = sparkline.scenario;
export default {
  id: 'printers2/cronjob-all-namespaces',
  source: 'kubectl get -A (NAMESPACE column); printers.go printCronJob, printJob, printPod; cronjob_controllerv2 cleanupFinishedJobs',
  args: ['--duration', '10m'],
  scenario,
  check(r, h) {
    const out = runText(scenario);
    h.assert(out.includes('$ kubectl get cronjobs,jobs,pods -A -o wide'), 'command shows -A');
    const cj = tableOf(out, 'cronjob.batch');
    h.eq(cj.header, ['NAMESPACE', 'NAME', 'SCHEDULE', 'TIMEZONE', 'SUSPEND', 'ACTIVE', 'LAST SCHEDULE', 'AGE', 'CONTAINERS', 'IMAGES', 'SELECTOR'], 'cronjob header');
    h.eq(Object.values(rowOf(cj, 'cronjob.batch/every')), ['ops', 'cronjob.batch/every', '*/2 * * * *', 'Etc/UTC', 'False', '0', '2m', '10m', 'c', 'busybox', '<none>'], 'cronjob row');
    const jobs = tableOf(out, 'job.batch').rows.map((j) => [j.NAMESPACE, j.NAME, j.STATUS, j.COMPLETIONS, j.DURATION, j.AGE]);
    h.eq(jobs, [
      ['default', 'job.batch/wait', 'Complete', '1/1', '11s', '10m'],
      ['ops', 'job.batch/every-29453764', 'Complete', '1/1', '91s', '6m'],
      ['ops', 'job.batch/every-29453766', 'Complete', '1/1', '91s', '4m'],
      ['ops', 'job.batch/every-29453768', 'Complete', '1/1', '91s', '2m'],
    ], 'job rows');
    const wait = tableOf(out, 'pod').rows.find((p) => p.NAME.startsWith('pod/wait-'));
    h.eq([wait.NAMESPACE, wait.READY, wait.STATUS, wait.RESTARTS], ['default', '0/2', 'Completed', '0'], 'wait pod row');
  },
};
