// e2e ConformanceIt "should manage the lifecycle of a job": created suspended with label e2e-job-label; a label is
// patched in; an update sets suspend=false and annotation updated=true; the Job completes (CompletionsReached); a
// background delete removes it and its pods.
export default {
  id: 'e2e/lifecycle',
  source: 'test/e2e/apps/job.go ConformanceIt "should manage the lifecycle of a job" (patch label, update suspend=false + annotation, WaitForJobComplete CompletionsReached, DeleteCollection Background); reference job-controller §8; garbagecollector (background)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 2m
  timeline:
  - {at: 10s, patch: {kind: Job, name: e2e-x7k2p, metadata: {labels: {e2e-x7k2p: patched}}}}
  - {at: 20s, patch: {kind: Job, name: e2e-x7k2p, metadata: {annotations: {updated: "true"}}, spec: {suspend: false}}}
  - {at: 60s, delete: {kind: Job, name: e2e-x7k2p}}
---
apiVersion: batch/v1
kind: Job
metadata:
  name: e2e-x7k2p
  labels: {e2e-job-label: e2e-x7k2p}
spec:
  suspend: true
  parallelism: 2
  completions: 4
  backoffLimit: 6
  template:
    metadata: {annotations: {jobsim/duration: 2s}}
    spec:
      containers: [{name: c, image: busybox, command: [/bin/sh, -c, exit 0]}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('e2e-x7k2p');
    h.eq([job.metadata.labels['e2e-job-label'], job.metadata.labels['e2e-x7k2p'], job.metadata.annotations?.updated], ['e2e-x7k2p', 'patched', 'true'], 'label and annotation');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastTransitionTime)]), [
      ['Suspended', 'False', 'JobResumed', 20], ['SuccessCriteriaMet', 'True', 'CompletionsReached', 24], ['Complete', 'True', 'CompletionsReached', 24]], 'conditions');
    h.eq([h.sec(job.status.startTime), job.status.succeeded, h.sec(job.metadata.deletionTimestamp)], [20, 4, 60], 'startTime/succeeded/deleted');
    h.eq(h.podsOf('e2e-x7k2p').map((p) => h.sec(p.metadata.deletionTimestamp) >= 60), [true, true, true, true], 'pods deleted by the garbage collector');
    h.assert(Number(job.metadata.generation) >= 2, `generation bumped by the spec update (got ${job.metadata.generation})`);
  },
};
