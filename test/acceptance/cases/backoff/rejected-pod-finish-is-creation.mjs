// A pod the kubelet rejects (OutOfcpu: created with spec.nodeName on a node too small) has no container statuses,
// no conditions and no deletionTimestamp, so its finish time for the back-off is its creationTimestamp. On node a-1
// the rejection is immediate: retries at 10s, 30s, 70s. Node b-1 is down 0-60s: its kubelet sees the first pod only
// when it is back and rejects it then (admission runs for every pod it has not seen), but the back-off counts from
// the creation at 0s, long past: the retry comes in the next sync (61s); that one is rejected at once, so the next
// waits 20s (81s), then 40s (121s); backoffLimit 3: Failed one second after the fourth rejection.
export default {
  id: 'backoff/rejected-pod-finish-is-creation',
  source: 'backoff_utils.go getFinishedTime (no terminated containers, no Ready=False, no deletionTimestamp -> CreationTimestamp); kubelet.go HandlePodAdditions (canAdmitPod for each new pod, oldest first), rejectPod (SetPodStatus: phase Failed, reason, message; no conditions)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: rej}
spec:
  cluster:
    nodePools:
      - {name: a, count: 1, capacity: {cpu: "1", memory: 4Gi, pods: 110}}
      - {name: b, count: 1, capacity: {cpu: "1", memory: 4Gi, pods: 110}}
  faults:
    - {at: 0s, nodeDown: b-1, for: 60s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: up}
spec:
  backoffLimit: 3
  template:
    spec:
      nodeName: a-1
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "2"}}}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: down}
spec:
  backoffLimit: 3
  template:
    spec:
      nodeName: b-1
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "2"}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const rejected = (job) => h.podsOf(job).map((p) => {
      const ev = h.events({ kind: 'Pod', name: p.metadata.name, reason: 'OutOfcpu' });
      return [h.sec(p.metadata.creationTimestamp), p.status.phase, p.status.reason, ev.map((e) => h.sec(e.firstTimestamp))];
    });
    h.eq(rejected('up'), [[0, 'Failed', 'OutOfcpu', [0]], [10, 'Failed', 'OutOfcpu', [10]], [30, 'Failed', 'OutOfcpu', [30]], [70, 'Failed', 'OutOfcpu', [70]]], 'up: pods [created, phase, reason, OutOfcpu at]');
    h.eq(rejected('down'), [[0, 'Failed', 'OutOfcpu', [60]], [61, 'Failed', 'OutOfcpu', [61]], [81, 'Failed', 'OutOfcpu', [81]], [121, 'Failed', 'OutOfcpu', [121]]], 'down: pods [created, phase, reason, OutOfcpu at]');
    const p0 = h.podsOf('down')[0];
    h.eq([p0.status.conditions ?? null, p0.status.containerStatuses ?? null, h.sec(p0.status.startTime)], [null, null, 60], 'down: first pod status (no conditions, no containers, startTime at the rejection)');
    h.eq(h.events({ kind: 'Pod', name: p0.metadata.name, reason: 'Started' }).length, 0, 'down: the first pod never started');
    h.eq(h.sec(h.hasCond(h.job('up'), 'Failed', 'BackoffLimitExceeded').lastTransitionTime), 71, 'up: Failed');
    h.eq(h.sec(h.hasCond(h.job('down'), 'Failed', 'BackoffLimitExceeded').lastTransitionTime), 122, 'down: Failed');
  },
};
