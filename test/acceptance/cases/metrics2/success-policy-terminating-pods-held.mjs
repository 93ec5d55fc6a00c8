// successPolicy with pods that take their grace period: Indexed Job (3 indexes, 1 CPU each) whose index 0
// succeeds at 20s; SuccessCriteriaMet at 21, indexes 1 and 2 (1h pods that ignore SIGTERM, grace 30s) are
// deleted and SIGKILLed at 51 (Failed), and Complete comes at 52, once none is terminating. The duration
// runs to Complete (52), not to SuccessCriteriaMet; the terminating pods keep their requests to 51:
// series [[0,3000],[20,2000],[51,0]], area 60000+62000 m*s; pods 1 succeeded, 2 failed.
export default {
  id: 'metrics2/success-policy-terminating-pods-held',
  source: 'README metrics table: jobs.durationSeconds (to its Complete condition), pools.NAME.series/cpuRequested* (until terminal), pods.succeeded/failed; README Job controller (two-phase terminal conditions)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sp1}
spec:
  cluster:
    nodePools:
      - name: a
        count: 1
        capacity: {cpu: "4", memory: 4Gi, pods: 110}
  behaviors:
    - selector: {matchLabels: {app: sp}}
      duration: 1h
      onSigterm: ignore
      perIndex:
        "0": {duration: 20s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sp}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  successPolicy:
    rules: [{succeededIndexes: "0"}]
  template:
    metadata: {labels: {app: sp}}
    spec:
      terminationGracePeriodSeconds: 30
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "1"}}}]
`,
  check(r, h) {
    const m = r.metrics;
    const job = h.job('sp');
    h.eq([h.sec(h.hasCond(job, 'SuccessCriteriaMet').lastTransitionTime), h.sec(h.hasCond(job, 'Complete', 'SuccessPolicy').lastTransitionTime)], [21, 52], 'conditions');
    h.eq(m.jobs.durationSeconds, { p50: 52, p95: 52, p99: 52, max: 52 }, 'duration to Complete');
    h.eq(m.jobs.lastFinishedAt, 52, 'lastFinishedAt');
    h.eq(m.pools.a.series.cpuRequestedMilli, [[0, 3000], [20, 2000], [51, 0]], 'cpu series');
    h.eq(m.pools.a.cpuRequestedMeanMilli, Math.round(122000 / h.sec(r.spec.end)), 'cpu mean');
    h.eq([m.pods.succeeded, m.pods.failed], [1, 2], 'pods');
  },
};
