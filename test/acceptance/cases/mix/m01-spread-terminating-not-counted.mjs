// Two pods spread by hostname (maxSkew 1). w-1 goes down at 1m; its pod is evicted (deleted, left
// Terminating on the unreachable node). The replacement must not go to w-2: the terminating pod is
// bypassed by countPodsMatchSelector, so w-1 counts 0 (tainted nodes still count as domains under
// the default nodeTaintsPolicy Ignore) and w-2 would make a skew of 2. It waits until w-1 is back
// and untainted, then goes to w-1.
export default {
  id: 'mix/spread-terminating-not-counted',
  source: 'pkg/scheduler/framework/plugins/podtopologyspread/common.go countPodsMatchSelector (bypass terminating pods, #87621); filtering.go calPreFilterState (nodeTaintsPolicy Ignore)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s4}
spec:
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "4", memory: 8Gi}}
  faults:
  - {at: 1m, nodeDown: w-1, for: 10m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  parallelism: 2
  completions: 2
  template:
    metadata: {labels: {app: s}, annotations: {jobsim/duration: "20m"}}
    spec:
      restartPolicy: Never
      topologySpreadConstraints:
      - {maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: DoNotSchedule, labelSelector: {matchLabels: {app: s}}}
      containers: [{name: main, image: busybox:1.36}]`,
  check(r, h) {
    const ev = h.events({ reason: 'TaintManagerEviction' });
    h.eq(ev.length, 1, 'evictions');
    const tEvict = h.sec(ev[0].firstTimestamp);
    const p = h.podsOf('j')[2];
    const fs = h.events({ reason: 'FailedScheduling', name: p.metadata.name });
    h.eq(fs.map((e) => e.message), ["0/2 nodes are available: 1 node(s) didn't match pod topology spread constraints, 1 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling."], 'FailedScheduling');
    h.eq(h.sec(fs[0].firstTimestamp), tEvict + 1, 'replacement tried a second after the eviction');
    h.eq(p.spec.nodeName, 'w-1', 'replacement node');
    const sch = h.events({ reason: 'Scheduled', name: p.metadata.name });
    h.assert(h.sec(sch[0].firstTimestamp) >= 660, 'not bound before w-1 is back: ' + h.sec(sch[0].firstTimestamp));
  },
};
