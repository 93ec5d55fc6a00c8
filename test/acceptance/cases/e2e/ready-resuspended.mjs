// e2e "should update the status ready field": created suspended (ready 0), resumed at 10s (ready = parallelism 2),
// suspended again at 60s (ready 0). This case reads the state at 2m.
export default {
  id: 'e2e/ready-resuspended',
  source: 'test/e2e/apps/job.go "should update the status ready field" (WaitForJobReady 0, then parallelism, then 0); job_controller.go syncJob (status.ready always set); reference job-controller §2.10',
  args: ['--duration', '2m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 10s, patch: {kind: Job, name: all-ready, spec: {suspend: false}}}
  - {at: 60s, patch: {kind: Job, name: all-ready, spec: {suspend: true}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: all-ready}
spec:
  suspend: true
  parallelism: 2
  completions: 4
  backoffLimit: 6
  template:
    metadata: {annotations: {jobsim/duration: 24h}}
    spec:
      containers: [{name: c, image: registry.k8s.io/pause:3.10}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('all-ready');
    const s = job.status.conditions.find((c) => c.type === 'Suspended');
    h.eq([job.status.ready, job.status.active ?? 0, `${s?.type}/${s?.status}`], [0, 0, 'Suspended/True'], 'ready/active/Suspended');
  },
};
