// Suspending a running Job deletes its active pods (SuccessfulDelete), which are NOT counted as failed.
export default {
  id: 'job/suspend-running-deletes-pods',
  source: 'job_controller.go manageJob (suspended: deleteJobPods removes the tracking finalizer first), ensureJobConditionStatus; reference §2.6 step 1, §8, §15 item 4',
  args: ['--duration', '10m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s3}
spec:
  timeline:
    - { at: 30s, patch: { kind: Job, name: ss, spec: { suspend: true } } }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: ss
spec:
  parallelism: 2
  completions: 2
  template:
    metadata:
      annotations:
        jobsim/duration: "100s"
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('ss');
    const pods = h.podsOf('ss');
    h.eq(pods.length, 2, 'pods');
    for (const p of pods) h.eq(h.sec(p.metadata.deletionTimestamp), 60, `${p.metadata.name} deletionTimestamp`);
    h.eq(job.status.failed ?? 0, 0, 'failed: suspended pods are not failures');
    h.eq(job.status.active ?? 0, 0, 'active');
    h.eq(job.status.ready ?? 0, 0, 'ready');
    const s = h.hasCond(job, 'Suspended', 'JobSuspended');
    h.eq([s.message, h.sec(s.lastTransitionTime)], ['Job suspended', 30], 'Suspended condition');
    h.noCond(job, 'FailureTarget');
    const del = h.events({ kind: 'Job', name: 'ss', reason: 'SuccessfulDelete' });
    h.eq(del.map((e) => h.sec(e.firstTimestamp)), [30, 30], 'SuccessfulDelete times');
    h.eq(del.map((e) => e.message).sort(), pods.map((p) => `Deleted pod: ${p.metadata.name}`).sort(), 'SuccessfulDelete messages');
    h.eq(h.events({ kind: 'Job', name: 'ss', reason: 'Suspended' }).map((e) => h.sec(e.firstTimestamp)), [30], 'one Suspended event');
  },
};
