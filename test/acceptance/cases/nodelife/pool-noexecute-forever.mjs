// A pool NoExecute taint tolerated without tolerationSeconds: never evicted, the pod completes.
export default {
  id: 'nodelife/pool-noexecute-forever',
  source: 'taint_eviction.go getMinTolerationTime (-1: infinite) / processPodOnNode; taint_eviction_test.go TestCreatePod "tolerated forever"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  cluster:
    nodePools:
    - name: w
      count: 1
      capacity: { cpu: "4", memory: 4Gi, pods: 110 }
      taints: [{ key: dedicated, value: batch, effect: NoExecute }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "20m" } }
    spec:
      tolerations: [{ key: dedicated, operator: Exists, effect: NoExecute }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ reason: 'TaintManagerEviction' }).length, 0, 'no eviction');
    const p = h.podsOf('j')[0];
    h.eq(p.status.phase, 'Succeeded', 'pod completes');
    h.eq(h.sec(h.cond(h.job('j'), 'Complete').lastTransitionTime), 1201, 'Complete');
  },
};
