// Node down at 10s: the node lifecycle controller marks the pod Ready=False at 60s (MarkPodsNotReady: status only,
// no reason, ContainersReady untouched); when the kubelet is back (100s) its next status regenerates Ready=True
// with a new lastTransitionTime.
export default {
  id: 'podstatus/node-return-ready-again',
  source: 'pkg/controller/util/node/controller_utils.go MarkPodsNotReady (cond.Status = False; utilpod.UpdatePodCondition); pkg/kubelet/status/generate.go GeneratePodReadyCondition; status_manager.go updateLastTransitionTime',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec:
  duration: 3m
  cluster:
    nodePools: [{ name: w, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }]
  faults:
    - { at: 10s, nodeDown: w-1, for: 1m30s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: a }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('a')[0];
    const f = (t) => { const c = h.anyCond(p, t); return [c.status, c.reason ?? null, h.sec(c.lastTransitionTime)]; };
    h.eq(f('Ready'), ['True', null, 100], 'Ready after the return');
    h.eq(f('ContainersReady'), ['True', null, 0], 'ContainersReady never changed');
    h.eq(h.events({ name: p.metadata.name, reason: 'NodeNotReady' }).map((e) => [e.type, e.message, h.sec(e.lastTimestamp), e.source.component]), [['Warning', 'Node is not ready', 60, 'node-controller']], 'pod NodeNotReady event');
  },
};
