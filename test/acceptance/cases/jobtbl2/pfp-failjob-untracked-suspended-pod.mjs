// Upstream getFailJobMessage scans every pod of the Job (getPodsForJob), not only tracked ones. The Job
// is suspended at +10s: its pod loses the tracking finalizer, is deleted, exits 143 and stays (a
// template finalizer keeps it) Failed. In the next sync (+11s) the FailJob rule on 143 matches it:
// FailureTarget and Failed (PodFailurePolicy) at +11s; the pod is not counted (no tracking finalizer),
// failed stays 0. The Suspended condition stays.
export default {
  id: 'jobtbl2/pfp-failjob-untracked-suspended-pod',
  source: 'job_controller.go syncJob (pods := getPodsForJob; getFailJobMessage(&job, pods) before manageJob; isPodFailed only), trackJobStatusAndRemoveFinalizers (pods without the tracking finalizer skipped), deleteJobPods (finalizer patch then DELETE), updatePod (deletionTimestamp -> enqueue); reference §5 last bullet ("FailJob checking scans all pods of the job that are considered failed, even ones already counted")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  timeline:
  - { at: 10s, patch: { kind: Job, name: x, spec: { suspend: true } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  podFailurePolicy:
    rules:
    - { action: FailJob, onExitCodes: { operator: In, values: [143] } }
  template:
    metadata:
      annotations: { jobsim/duration: 60s }
      finalizers: [example.com/keep]
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    const pods = h.podsOf('x');
    h.eq(pods.map((p) => [p.metadata.name, p.status.phase, h.exitCodeOf(p)]), [['x-bn7wn', 'Failed', 143]], 'pods');
    h.hasCond(j, 'Suspended', 'JobSuspended');
    const msg = 'Container c for pod default/x-bn7wn failed with exit code 143 matching FailJob rule at index 0';
    const ft = h.hasCond(j, 'FailureTarget', 'PodFailurePolicy');
    const f = h.hasCond(j, 'Failed', 'PodFailurePolicy');
    h.eq([ft.message, h.sec(ft.lastTransitionTime), h.sec(f.lastTransitionTime)], [msg, 11, 11], 'FailureTarget, Failed');
    h.eq([j.status.failed ?? 0, j.status.active ?? 0, j.status.terminating], [0, 0, 0], '[failed, active, terminating]');
  },
};
