// ToleratesTaint: empty key + Exists tolerates every taint; empty effect matches all effects;
// Equal compares values (an empty operator means Equal).
export default {
  id: 'scheduling/toleration-matching',
  source: 'k8s.io/api core/v1 toleration.go ToleratesTaint (effect, key, operator ""/Equal compares Value, Exists); tainttoleration Filter',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - name: t
      count: 1
      capacity: { cpu: "4", memory: 8Gi, pods: 110 }
      taints:
      - { key: gpu, value: a100, effect: NoSchedule }
      - { key: gpu, value: a100, effect: NoExecute }
---
apiVersion: batch/v1
kind: Job
metadata: { name: any }
spec:
  template:
    spec:
      tolerations: [{ operator: Exists }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: noeffect }
spec:
  template:
    spec:
      tolerations: [{ key: gpu, value: a100 }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: wrongvalue }
spec:
  template:
    spec:
      tolerations: [{ key: gpu, operator: Equal, value: h100 }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: onlyschedule }
spec:
  template:
    spec:
      tolerations: [{ key: gpu, operator: Exists, effect: NoSchedule }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    for (const j of ['any', 'noeffect']) h.eq(h.podsOf(j)[0].spec.nodeName, 't-1', `${j} bound`);
    const w = h.podsOf('wrongvalue')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: w.metadata.name })[0].message, '0/1 nodes are available: 1 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.', 'wrongvalue message');
    const o = h.podsOf('onlyschedule')[0];
    h.eq(o.spec.nodeName, undefined, 'onlyschedule not bound (NoExecute untolerated)');
    h.eq(h.events({ reason: 'FailedScheduling', name: o.metadata.name })[0].message, '0/1 nodes are available: 1 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.', 'onlyschedule message');
  },
};
