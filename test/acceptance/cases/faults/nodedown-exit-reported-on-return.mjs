// The pod's container ends (2m) while its kubelet is down (1m-4m, back before any eviction): nothing is reported
// meanwhile; when the kubelet is back (4m) it posts Succeeded with the real finish time (finishedAt 2m). The Job
// controller sees the update then (batched 1s): Complete at 4m1s, completionTime 4m1s.
export default {
  id: 'faults/nodedown-exit-reported-on-return',
  source: 'README Known differences, Kubelet (a kubelet whose node is down reports what happened when it is back); kubelet status manager; job_controller.go updatePod batching',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: er}
spec:
  duration: 10m
  cluster:
    nodePools:
    - {name: w, count: 2}
  faults:
  - {at: 1m, nodeDown: w-1, for: 3m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "2m"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([p.status.phase, t.exitCode, h.sec(t.finishedAt)], ['Succeeded', 0, 120], 'finished at 2m');
    const j = h.job('j');
    h.eq([h.sec(h.hasCond(j, 'Complete').lastTransitionTime), h.sec(j.status.completionTime)], [241, 241], 'Complete when reported');
    h.eq(h.events({ kind: 'Pod', reason: 'TaintManagerEviction' }).map((e) => e.message.split(' ')[0]), ['Cancelling'], 'the planned eviction is cancelled when the taints go');
  },
};
