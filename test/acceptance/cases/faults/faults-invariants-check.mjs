// A busy world with every fault kind at once (random failures, overlapping node faults, a deleted node, an
// eviction, job and all controller outages) keeps every simulator invariant (jobsim run --check exits 0).
export default {
  id: 'faults/faults-invariants-check',
  source: 'README Invariants (--check after every virtual instant; exit 1 on a violation)',
  args: ['--check'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: all}
spec:
  seed: 9
  duration: 6h
  cluster:
    nodePools:
    - {name: w, count: 4, capacity: {cpu: "2", memory: 4Gi, pods: 110}, mtbf: 1h, mttr: 10m}
  faults:
  - {at: 10m, nodeDown: w-1, for: 30m}
  - {at: 20m, nodeDown: w-1, for: 5m}
  - {at: 30m, controllerDown: job, for: 20m}
  - {at: 40m, controllerDown: all, for: 20m}
  - {at: 90m, deleteNode: w-3}
  - {at: 2h, evictPod: etl-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: etl}
spec:
  completions: 20
  parallelism: 4
  backoffLimit: 100
  template:
    metadata: {annotations: {jobsim/duration: "uniform(5m,20m)"}}
    spec:
      containers: [{name: c, image: busybox, resources: {requests: {cpu: "1"}}}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/15 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.assert(h.events({ reason: 'NodeNotReady', kind: 'Node' }).length >= 2, 'node failures happened');
  },
};
