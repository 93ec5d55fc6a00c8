// Taints and Tolerations: node1 tainted key1=value1:NoSchedule, key1=value1:NoExecute and key2=value2:NoSchedule.
// The page's pod with the two key1 tolerations "will not be able to schedule onto the node, because there is no
// toleration matching the third taint" (TaintToleration: UnschedulableAndUnresolvable, so preemption is not
// helpful), "but it will be able to continue running if it is already running on the node", as a copy bound with
// spec.nodeName shows: the kubelet admits it (only NoExecute taints matter there) and the taint-eviction
// controller leaves it alone (its NoExecute taint is tolerated). A pod tolerating key1 with operator Exists and no
// effect ("an empty effect matches all effects") plus key2 (operator defaults to Equal) is scheduled.
export default {
  id: 'podlife/pl04-taints-doc-three-taints-example',
  source: 'website content/en/docs/concepts/scheduling-eviction/taint-and-toleration.md "Concepts" (three-taint example, empty effect, default operator Equal); plugins/tainttoleration/taint_toleration.go Filter ("node(s) had untolerated taint(s)", UnschedulableAndUnresolvable); lifecycle/predicate.go (kubelet admission checks NoExecute taints only); tainteviction/taint_eviction.go processPodOnNode',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: taints}
spec:
  duration: 2m
  cluster:
    nodePools:
    - name: node
      count: 1
      capacity: {cpu: "4", memory: 8Gi, pods: 110}
      taints:
      - {key: key1, value: value1, effect: NoSchedule}
      - {key: key1, value: value1, effect: NoExecute}
      - {key: key2, value: value2, effect: NoSchedule}
---
apiVersion: batch/v1
kind: Job
metadata: {name: two}
spec:
  template:
    spec:
      tolerations:
      - {key: "key1", operator: "Equal", value: "value1", effect: "NoSchedule"}
      - {key: "key1", operator: "Equal", value: "value1", effect: "NoExecute"}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: two-running}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1m}}
    spec:
      nodeName: node-1
      tolerations:
      - {key: "key1", operator: "Equal", value: "value1", effect: "NoSchedule"}
      - {key: "key1", operator: "Equal", value: "value1", effect: "NoExecute"}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: all}
spec:
  template:
    spec:
      tolerations:
      - {key: key1, operator: Exists}
      - {key: key2, value: value2}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const two = h.podsOf('two')[0];
    const fs = h.events({ reason: 'FailedScheduling', name: two.metadata.name }).map((e) => e.message);
    h.eq(fs, ['0/1 nodes are available: 1 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.'], 'two tolerations: FailedScheduling');
    h.eq([two.spec.nodeName, two.status.phase], [undefined, 'Pending'], 'never scheduled');
    const running = h.podsOf('two-running')[0];
    h.eq([running.status.phase, h.sec(running.status.containerStatuses[0].state.terminated?.finishedAt)], ['Succeeded', 60], 'bound copy runs to completion');
    h.eq(h.events({ reason: 'TaintManagerEviction' }).length, 0, 'no taint eviction');
    h.eq(running.metadata.deletionTimestamp, undefined, 'not deleted');
    const all = h.podsOf('all')[0];
    h.eq([all.spec.nodeName, all.status.phase], ['node-1', 'Succeeded'], 'all tolerated');
    h.eq(all.spec.tolerations.slice(0, 2), [{ key: 'key1', operator: 'Exists' }, { key: 'key2', value: 'value2' }], 'tolerations stored as written');
    h.hasCond(h.job('all'), 'Complete');
    h.hasCond(h.job('two-running'), 'Complete');
  },
};
