// A pod created bound to a node with a NoExecute taint it tolerates for 20s: FindMatchingUntoleratedTaint finds the
// taint tolerated (tolerationSeconds does not matter to the kubelet), so the kubelet admits it and it starts at +0s;
// the taint-eviction controller deletes it at +20s (Normal TaintManagerEviction "Marking for deletion Pod
// default/NAME"), and the kubelet then records Killing "Stopping container main" at +20s; main exits 143 at +20s.
export default {
  id: 'kubeevents/adm12-tolerated-noexecute-then-evicted',
  source: 'pkg/kubelet/lifecycle/predicate.go generalFilter (untolerated NoExecute only); component-helpers scheduling/corev1 FindMatchingUntoleratedTaint; pkg/controller/tainteviction taint_eviction.go processPodOnNode (minTolerationTime) and deletePodHandler (event "Marking for deletion Pod %s"); kuberuntime_container.go killContainer',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: t, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 10 }, taints: [{ key: dedicated, value: gpu, effect: NoExecute }] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeName: t-1
      tolerations: [{ key: dedicated, operator: Exists, effect: NoExecute, tolerationSeconds: 20 }]
      containers: [{ name: main, image: app:1 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(h.events({ name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.source.component]), [
      [0, 'Pulled', 'kubelet'], [0, 'Created', 'kubelet'], [0, 'Started', 'kubelet'],
      [20, 'TaintManagerEviction', 'taint-eviction-controller'], [20, 'Killing', 'kubelet']], 'pod events');
    h.eq(h.events({ name: p.metadata.name, reason: 'TaintManagerEviction' })[0].message, `Marking for deletion Pod default/${p.metadata.name}`, 'eviction message');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, h.sec(t.finishedAt)], [143, 20], 'main stopped');
  },
};
