// NonIndexed Job, parallelism 2: its 1st and 2nd pods are attempts 1 and 2 (exit 1 and 2 of "1,2,0"), and
// every later pod exits 0 (the last code repeats). Both fail at 10s; replacements come after the backoff.
export default {
  id: 'workload/nonindexed-parallel-attempts',
  source: 'CONTRACT.md §2 ("An attempt is the n-th pod of a NonIndexed Job"; exitCodes "per attempt; the last repeats")',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: np}
spec:
  completions: 3
  parallelism: 2
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,2,0"}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
`,
  check(r, h) {
    const pods = h.podsOf('np');
    const t = pods.map((p) => p.status.containerStatuses[0].state.terminated);
    h.eq(t.slice(0, 2).map((x) => x.exitCode).sort(), [1, 2], 'first two pods: codes 1 and 2');
    h.assert(t.slice(2).every((x) => x.exitCode === 0), `later pods exit 0: ${t.map((x) => x.exitCode)}`);
    h.eq(h.job('np').status.failed, 2, 'failed');
    h.eq(h.job('np').status.succeeded, 3, 'succeeded');
  },
};
