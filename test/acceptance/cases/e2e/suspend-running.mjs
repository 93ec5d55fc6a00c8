// e2e "should delete pods when suspended": two running pods; suspend at 30s deletes both (SuccessfulDelete), they are
// not counted as failed, and Suspended=True (JobSuspended, "Job suspended") is set in the same sync.
export default {
  id: 'e2e/suspend-running',
  source: 'test/e2e/apps/job.go "should delete pods when suspended" (WaitForJobPodsRunning, suspend=true, WaitForAllJobPodsGone, Suspended condition); job_controller.go manageJob (suspended: delete active pods, not counted); reference job-controller §2.6 step 1, §8, §11',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 30s, patch: {kind: Job, name: suspend-false-to-true, spec: {suspend: true}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: suspend-false-to-true}
spec:
  suspend: false
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
    const job = h.job('suspend-false-to-true');
    const pods = h.podsOf('suspend-false-to-true');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), h.sec(p.metadata.deletionTimestamp)]), [[0, 60], [0, 60]], 'both pods deleted at 30s (grace 30)');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [['Suspended', 'True', 'JobSuspended', 'Job suspended', 30]], 'conditions');
    h.eq([job.status.active ?? 0, job.status.failed ?? 0, job.status.succeeded ?? 0, job.status.ready, job.status.terminating, h.sec(job.status.startTime)], [0, 0, 0, 0, 0, 0], 'status');
    h.eq(h.events({ kind: 'Job' }).filter((e) => h.sec(e.firstTimestamp) === 30).map((e) => [e.reason, e.message]), [
      ['SuccessfulDelete', `Deleted pod: ${pods[0].metadata.name}`], ['SuccessfulDelete', `Deleted pod: ${pods[1].metadata.name}`], ['Suspended', 'Job suspended']], 'events at 30s');
  },
};
