// Overlapping outages: controllerDown job 3m-13m and controllerDown all 8m-18m. The Job controller is down
// from 3m to 18m (the union): a Job created at 15m gets its pod at 18m, not at 15m (the end of the first
// fault must not bring back a controller that "all" still holds down).
export default {
  id: 'faults/overlap-controllerdown-job-all',
  source: 'CONTRACT.md §2 faults (controllerDown: cronjob | job | all, for); job_controller.go addJob (enqueued at once on relist)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ov}
spec:
  faults:
  - {at: 3m, controllerDown: job, for: 10m}
  - {at: 8m, controllerDown: all, for: 10m}
  timeline:
  - {at: 15m, create: {apiVersion: batch/v1, kind: Job, metadata: {name: late}, spec: {template: {spec: {containers: [{name: c, image: busybox}], restartPolicy: Never}}}}}
`,
  check(r, h) {
    h.eq(h.podsOf('late').map((p) => h.sec(p.metadata.creationTimestamp)), [1080], 'pod created at 18m');
    h.eq(h.sec(h.job('late').status.startTime), 1080, 'startTime');
  },
};
