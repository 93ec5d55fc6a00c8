// The kubelet's admission looks at NoExecute taints only: a pod created bound to a node whose only taint is
// NoSchedule (which the scheduler would have honoured) is admitted and runs: Pulled/Created/Started at +0s,
// Succeeded at +10s.
export default {
  id: 'kubeevents/adm08-noschedule-taint-admitted',
  source: 'pkg/kubelet/lifecycle/predicate.go generalFilter ("Kubelet is only interested in the NoExecute taint": filter t.Effect == NoExecute)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: t, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 10 }, taints: [{ key: dedicated, value: gpu, effect: NoSchedule }] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      nodeName: t-1
      containers: [{ name: main, image: app:1 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(h.events({ name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]), [
      [0, 'Pulled', 'Container image "app:1" already present on machine'], [0, 'Created', 'Created container: main'], [0, 'Started', 'Started container main']], 'pod events');
    h.eq([p.status.phase, h.sec(p.status.containerStatuses[0].state.terminated.finishedAt)], ['Succeeded', 10], 'ran');
  },
};
