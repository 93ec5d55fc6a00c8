// Scale-down deletes the least valuable pods first: an unscheduled (Pending) pod before running ones; among running
// ready pods, the one ready for less time (the newer) first.
export default {
  id: 'job/scale-down-order',
  source: 'job_controller.go activePodsForRemoval (sort.Sort(controller.ActivePods)), controller_utils.go ActivePods.Less; reference §2.6 step 3',
  args: ['--duration', '5m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: order}
spec:
  cluster:
    nodePools:
      - name: w
        count: 1
        capacity: { cpu: "2", memory: 4Gi, pods: 110 }
  timeline:
    - { at: 30s, patch: { kind: Job, name: pend, spec: { parallelism: 2 } } }
    - { at: 30s, patch: { kind: Job, name: age, spec: { parallelism: 2 } } }
    - { at: 60s, patch: { kind: Job, name: age, spec: { parallelism: 1 } } }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: pend
spec:
  completions: 10
  parallelism: 3
  template:
    metadata:
      annotations:
        jobsim/duration: "1h"
    spec:
      containers:
      - name: c
        image: busybox
        resources: { requests: { cpu: "900m" } }
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata:
  name: age
spec:
  completions: 10
  parallelism: 1
  template:
    metadata:
      annotations:
        jobsim/duration: "1h"
    spec:
      containers:
      - name: c
        image: busybox
        resources: { requests: { cpu: "10m" } }
      restartPolicy: Never
`,
  check(r, h) {
    const pend = h.podsOf('pend');
    const deleted = pend.filter((p) => p.metadata.deletionTimestamp);
    h.eq(deleted.length, 1, 'pend: one pod deleted');
    h.eq(deleted[0].spec.nodeName, undefined, 'pend: the deleted pod is the unscheduled one');
    h.eq(h.job('pend').status.active, 2, 'pend: active');
    const age = h.podsOf('age');
    h.eq(age.map((p) => [h.sec(p.metadata.creationTimestamp), p.metadata.deletionTimestamp ? h.sec(p.metadata.deletionTimestamp) : null]), [[0, null], [30, 90]], 'age: the newer pod is deleted at 60s (+30s grace)');
  },
};
