// activeDeadlineSeconds 0 is valid: the first sync sets startTime and is already past the deadline (>=), so the Job
// fails at once without creating a pod (FailureTarget and Failed at 0s). Created suspended and resumed at 100s: the
// resume sync sets startTime = 100s and fails at once; manageJob is not called, so no pod, and Suspended stays True.
export default {
  id: 'interplay/ads-zero',
  source: 'validation.go (activeDeadlineSeconds >= 0), job_controller.go syncJob (StartTime set when nil and not suspended, before pastActiveDeadline; finishedCondition skips manageJob); reference §1.2, §2.4 step 5, §8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ip18}
spec:
  timeline:
    - { at: 100s, patch: { kind: Job, name: s, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: {name: z}
spec:
  activeDeadlineSeconds: 0
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: s}
spec:
  suspend: true
  activeDeadlineSeconds: 0
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const z = h.job('z');
    h.eq(h.podsOf('z').length, 0, 'z: no pod');
    h.eq(z.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'DeadlineExceeded', 0], ['Failed', 'DeadlineExceeded', 0]], 'z conditions');
    h.eq(h.sec(z.status.startTime), 0, 'z startTime');
    const s = h.job('s');
    h.eq(h.podsOf('s').length, 0, 's: no pod');
    h.eq(s.status.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastTransitionTime)]), [
      ['Suspended', 'True', 'JobSuspended', 0],
      ['FailureTarget', 'True', 'DeadlineExceeded', 100],
      ['Failed', 'True', 'DeadlineExceeded', 100],
    ], 's conditions');
    h.eq(h.sec(s.status.startTime), 100, 's startTime');
    h.eq(h.events({ kind: 'Job', name: 's' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [['Suspended', 0], ['DeadlineExceeded', 100]], 's events (no Resumed)');
  },
};
