// Raising parallelism during the back-off does not bypass it: the pod fails at 10s; the patch at 15s (a spec
// change, synced at once) finds 5s remaining and requeues; all three pods are created at 20s.
export default {
  id: 'backoff/parallelism-raised-during-backoff',
  source: 'job_controller.go manageJob (diff > 0 -> global remainingTime gate before any creation), updateJob (generation change enqueues immediately); reference job-controller §2.6 step 4, §3.6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  timeline:
  - { at: 15s, patch: { kind: Job, name: p, spec: { parallelism: 3 } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: p }
spec:
  completions: 4
  parallelism: 1
  template:
    metadata: { annotations: { jobsim/exit-codes: "1,0" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('p');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 20, 20, 20, 31], 'creation times');
    const job = h.job('p');
    h.eq([job.status.succeeded, job.status.failed], [4, 1], '[succeeded, failed]');
    h.eq(h.sec(h.hasCond(job, 'Complete').lastTransitionTime), 42, 'Complete at 42s');
  },
};
