// Each pod's container has its own crash-loop entry (the key names the pod's uid and the container): index 0 (10s
// runs) restarts at 10, 30, 60s; index 1 (20s runs) at 20, 50, 90s. The Job sums the restarts of its running pods:
// 1 (10s), 2 (20s), 3 (30s), 4 (50s), 5 (60s), 6 (90s) -> 6 >= backoffLimit 6, FailureTarget at 91s (1s batching).
// Both pods are deleted and counted failed; only index 1, running, is killed (Killing); index 0 was waiting in its
// back-off (due at 110s). Failed at 92s.
export default {
  id: 'backoff/crashloop-parallel-pods-own-entries',
  source: 'kuberuntime_manager.go doBackOff (key := GetStableKey(pod, container)); job_controller.go pastBackoffLimitOnFailure (sum of restartCount over Running/Pending pods, >=), deleteActivePods; kuberuntime killContainersWithSyncResult (Killing only for running containers)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: two}
spec:
  behaviors:
    - selector: {matchLabels: {app: two}}
      exitCodes: [1]
      duration: 10s
      perIndex:
        "1": {duration: 20s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: two}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimit: 6
  template:
    metadata: {labels: {app: two}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const pod = (ix) => h.podsOf('two').find((p) => p.metadata.name.startsWith(`two-${ix}-`));
    const times = (p, reason) => h.events({ kind: 'Pod', name: p.metadata.name, reason }).map((e) => h.sec(e.firstTimestamp));
    const p0 = pod(0), p1 = pod(1);
    h.eq([times(p0, 'Started'), times(p0, 'BackOff'), times(p0, 'Killing')], [[0, 10, 30, 60], [20, 40, 70], []], 'index 0 [Started, BackOff, Killing]');
    h.eq([times(p1, 'Started'), times(p1, 'BackOff'), times(p1, 'Killing')], [[0, 20, 50, 90], [40, 70], [91]], 'index 1 [Started, BackOff, Killing]');
    h.eq([p0, p1].map((p) => [p.status.phase, p.status.containerStatuses[0].restartCount, h.sec(p.metadata.deletionTimestamp) - p.metadata.deletionGracePeriodSeconds]), [['Failed', 3, 91], ['Failed', 3, 91]], 'pods [phase, restartCount, deleted at]');
    const job = h.job('two');
    h.eq([job.status.failed, job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)])],
      [2, [['FailureTarget', 'BackoffLimitExceeded', 91], ['Failed', 'BackoffLimitExceeded', 92]]], '[failed, conditions]');
  },
};
