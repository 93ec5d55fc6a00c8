// A toleration lets the pod onto the tainted pool; required node affinity (In) keeps it there;
// NoSchedule never bars an untainted pool from a tolerating pod.
export default {
  id: 'cluster/sched-toleration-affinity',
  source: 'cronjob-and-friends.md §7 filters (TaintToleration, NodeAffinity: nodeSelector AND required affinity)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  cluster:
    nodePools:
    - { name: cpu, count: 2, capacity: { cpu: "8", memory: 16Gi, pods: 110 }, labels: { pool: cpu } }
    - name: gpu
      count: 2
      capacity: { cpu: "2", memory: 4Gi, pods: 110 }
      labels: { pool: gpu }
      taints: [{ key: nvidia.com/gpu, value: "true", effect: NoSchedule }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: train }
spec:
  completions: 4
  parallelism: 4
  template:
    spec:
      tolerations: [{ key: nvidia.com/gpu, operator: Equal, value: "true", effect: NoSchedule }]
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
            - matchExpressions: [{ key: pool, operator: In, values: [gpu] }]
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: plain }
spec:
  completions: 3
  parallelism: 3
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const t = h.podsOf('train').map((p) => p.spec.nodeName).sort();
    h.eq(t, ['gpu-1', 'gpu-1', 'gpu-2', 'gpu-2'], 'train pods on the gpu pool, two per node');
    for (const p of h.podsOf('plain')) h.assert(p.spec.nodeName.startsWith('cpu-'), `plain pod on ${p.spec.nodeName}`);
    h.eq(h.events({ reason: 'FailedScheduling' }).length, 0, 'no FailedScheduling');
  },
};
