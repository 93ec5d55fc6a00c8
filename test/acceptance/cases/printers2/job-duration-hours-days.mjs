// HumanDuration in the job table beyond 3h: a Job running for 51h shows DURATION and AGE "2d3h" (d+h below 8d);
// one created (timeline) at 47h55m shows "3h5m" (h+m below 8h); one whose pod ran 3h5m (Complete) shows
// completionTime - startTime = 3h5m1s as "3h5m".
import { runText, tableOf, rowOf, humanDuration } from '../../text-tables.mjs';

const tmpl = (dur) => `{metadata: {annotations: {jobsim/duration: "${dur}"}}, spec: {containers: [{name: c, image: busybox}], restartPolicy: Never}}`;
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: hd}
spec:
  timeline:
    - at: 47h55m
      create: {apiVersion: batch/v1, kind: Job, metadata: {name: late}, spec: {template: ${tmpl('100h')}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: long}
spec: {template: ${tmpl('100h')}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: done}
spec: {template: ${tmpl('3h5m')}}
`;
export default {
  id: 'printers2/job-duration-hours-days',
  source: 'k8s.io/apimachinery/pkg/util/duration HumanDuration ("%dh%dm" below 8h, "%dd%dh" below 8d); printers.go printJob jobDuration',
  args: ['--duration', '51h'],
  scenario,
  check(r, h) {
    const t = tableOf(runText(scenario, ['--duration', '51h']), 'job.batch');
    const cells = (n) => { const x = rowOf(t, `job.batch/${n}`); return [x.STATUS, x.DURATION, x.AGE]; };
    h.eq(cells('long'), ['Running', '2d3h', '2d3h'], 'long row');
    h.eq(cells('late'), ['Running', '3h5m', '3h5m'], 'late row');
    const d = h.job('done');
    h.eq(cells('done'), ['Complete', humanDuration(Date.parse(d.status.completionTime) - Date.parse(d.status.startTime)), '2d3h'], 'done row');
    h.eq(cells('done')[1], '3h5m', 'done DURATION');
  },
};
