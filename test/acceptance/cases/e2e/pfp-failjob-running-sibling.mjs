// e2e "should allow to use the pod failure policy on exit code to fail the job early", with the sibling pod still
// running when the first one exits 1 (2s): FailureTarget at once, the sibling is deleted (grace 30) and, the Job having
// failed, counted as failed; Failed (and the Warning event) only once it has terminated.
export default {
  id: 'e2e/pfp-failjob-running-sibling',
  source: 'test/e2e/apps/job.go "should allow to use the pod failure policy on exit code to fail the job early"; reference job-controller §2.5 (delete active pods), §2.7 (not-Succeeded pods count as failed when the finish condition is a failure), §2.8 (Failed waits for terminating == 0), §11',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  behaviors:
  - selector: {matchLabels: {job: pff}}
    duration: 1h
    perIndex:
      "0": {duration: 2s, exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: pod-failure-failjob}
spec:
  parallelism: 2
  completions: 4
  completionMode: Indexed
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: {operator: In, values: [1]}
  template:
    metadata: {labels: {job: pff}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('pod-failure-failjob');
    const m = 'Container c for pod default/pod-failure-failjob-0-bn7wn failed with exit code 1 matching FailJob rule at index 0';
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'PodFailurePolicy', m, 2], ['Failed', 'PodFailurePolicy', m, 3]], 'conditions');
    h.eq([job.status.failed, job.status.active ?? 0, job.status.terminating, job.status.completionTime], [2, 0, 0, undefined], 'the killed sibling counts as failed');
    const sib = h.get('Pod', 'pod-failure-failjob-1-vqbl8');
    h.eq([h.sec(sib.metadata.deletionTimestamp), sib.status.phase, h.exitCodeOf(sib)], [32, 'Failed', 143], 'sibling deleted at 2s');
    h.eq(h.events({ kind: 'Job' }).filter((e) => e.reason !== 'SuccessfulCreate').map((e) => [e.type, e.reason, h.sec(e.firstTimestamp)]), [
      ['Normal', 'SuccessfulDelete', 2], ['Warning', 'PodFailurePolicy', 3]], 'events');
  },
};
