// Job concept page, "Elastic Indexed Jobs": scale down by mutating completions and parallelism together; "When
// scaling down, Kubernetes removes the Pods with higher indexes." 5 -> 3 at 5s: indexes 3 and 4 are deleted at once
// (their tracking finalizer removed first: not counted as failed); indexes 0-2 complete at 10s, Complete at 11s.
export default {
  id: 'jobdocs/j19-elastic-scale-down-removes-high-indexes',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#elastic-indexed-jobs; job_controller.go manageJob -> activePodsForRemoval/appendDuplicatedIndexPodsForRemoval (index >= completions), deleteJobPods (finalizer removed before delete)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: elastic }
spec:
  timeline:
  - { at: 5s, patch: { kind: Job, name: elastic, spec: { completions: 3, parallelism: 3 } } }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: elastic
spec:
  completions: 5
  parallelism: 5
  completionMode: Indexed
  template:
    spec:
      containers:
      - name: c
        image: busybox:1.36
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'Job', reason: 'SuccessfulDelete' }).map((e) => [e.message, h.sec(e.firstTimestamp)]), [['Deleted pod: elastic-3-6wrb2', 5], ['Deleted pod: elastic-4-n7cbp', 5]], 'higher indexes deleted');
    const job = h.job('elastic');
    h.eq([job.status.completedIndexes, job.status.succeeded, job.status.failed, h.sec(job.status.completionTime)], ['0-2', 3, undefined, 11], 'status');
    h.eq(h.podsOf('elastic').length, 5, 'no new pods');
  },
};
