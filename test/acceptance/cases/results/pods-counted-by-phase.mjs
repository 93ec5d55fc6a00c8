// README pods.succeeded / pods.failed count pods that reached phase Succeeded / Failed, not attempts:
// an OnFailure pod whose container fails twice then succeeds is one Succeeded pod (restartCount 2);
// a Never Job with exit codes 1,1,0 has 3 pods (2 Failed, 1 Succeeded); a pod created with
// spec.nodeName on a node without room is rejected by the kubelet (OutOfcpu, phase Failed) and counts as
// failed, though it never ran nor waited for the scheduler (no schedulingWait sample of its own).
export default {
  id: 'results/pods-counted-by-phase',
  source: 'README metrics table (pods.succeeded, pods.failed: pods that reached phase Succeeded / Failed; schedulingWaitSeconds from creation to binding); kubelet lifecycle/predicate.go (OutOfcpu)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ph}
spec:
  duration: 10m
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "1", memory: 4Gi, pods: 110}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: onf}
spec:
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,1,0", jobsim/duration: 1s}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
---
apiVersion: batch/v1
kind: Job
metadata: {name: nev}
spec:
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,1,0", jobsim/duration: 1s}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: rej}
spec:
  backoffLimit: 0
  template:
    spec:
      nodeName: w-1
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "2"}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const onf = h.podsOf('onf');
    h.eq(onf.map((p) => [p.status.phase, p.status.containerStatuses[0].restartCount]), [['Succeeded', 2]], 'onf: one pod');
    h.eq(h.podsOf('nev').map((p) => p.status.phase), ['Failed', 'Failed', 'Succeeded'], 'nev: three pods');
    const rej = h.podsOf('rej');
    h.eq(rej.map((p) => [p.status.phase, p.status.reason]), [['Failed', 'OutOfcpu']], 'rej: rejected');
    h.eq([r.metrics.pods.succeeded, r.metrics.pods.failed], [2, 3], 'pods by phase');
    h.eq(r.metrics.pools.w.cpuRequestedPeakMilli, 0, 'the rejected pod never held its request');
    h.eq(r.metrics.pods.schedulingWaitSeconds.max, 0, 'only scheduled pods have a wait');
  },
};
