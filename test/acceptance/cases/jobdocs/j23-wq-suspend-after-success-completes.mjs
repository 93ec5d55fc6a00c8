// Job concept page, work queue Jobs: "once at least one Pod has terminated with success and all Pods are terminated,
// then the Job is completed with success". Suspending such a Job after one worker succeeded (27s) deletes the other
// worker (its tracking finalizer removed first: not a failure), which leaves no active pod: the same sync finds
// "succeeded > 0 && active == 0" and sets SuccessCriteriaMet (60s) instead of Suspended; the deleted worker ignores
// SIGTERM and is killed after its 5s grace period (65s): Complete at 66s. The resume patch at 90s changes nothing.
export default {
  id: 'jobdocs/j23-wq-suspend-after-success-completes',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#parallel-jobs, #suspending-a-job; job_controller.go syncJob (complete = succeeded > 0 && active == 0 checked before the Suspended condition branch), manageJob/deleteJobPods',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: wq-suspend }
spec:
  seed: 6
  behaviors:
  - selector: { matchLabels: { job-name: wq } }
    duration: { uniform: [5s, 100s] }
    onSigterm: ignore
  timeline:
  - { at: 60s, patch: { kind: Job, name: wq, spec: { suspend: true } } }
  - { at: 90s, patch: { kind: Job, name: wq, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: wq
spec:
  parallelism: 2
  template:
    spec:
      terminationGracePeriodSeconds: 5
      containers:
      - name: c
        image: busybox:1.36
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('wq');
    h.eq(pods.map((p) => [p.status.phase, h.exitCodeOf(p), h.sec(p.status.containerStatuses[0].state.terminated.finishedAt)]).sort(), [['Failed', 137, 65], ['Succeeded', 0, 27]], 'pods');
    const job = h.job('wq');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'CompletionsReached', 60], ['Complete', 'CompletionsReached', 66]], 'conditions (no Suspended)');
    h.eq([job.status.succeeded, job.status.failed, h.sec(job.status.completionTime)], [1, undefined, 66], 'status');
    h.eq(h.events({ kind: 'Job' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [['SuccessfulCreate', 0], ['SuccessfulCreate', 0], ['SuccessfulDelete', 60], ['Completed', 66]], 'events');
  },
};
