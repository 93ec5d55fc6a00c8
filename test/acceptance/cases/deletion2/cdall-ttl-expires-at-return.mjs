// ttlSecondsAfterFinished 30, Complete at 11s: the expiry (41s) falls in a kube-controller-manager outage (controllerDown:
// all, 20s-2m20s), which stops the TTL controller and the garbage collector with it. Back at 2m20s, the TTL controller's
// informers list the Job, it is past its expiry, and it is deleted then (140s), its Succeeded pod with it (grace 0).
export default {
  id: 'deletion2/cdall-ttl-expires-at-return',
  source: 'ttlafterfinished_controller.go addJob (enqueue on informer list) / processTTL (timeLeft <= 0: delete now); cmd/kube-controller-manager (ttl-after-finished and garbagecollector run in one process); CONTRACT §2 controllerDown all',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 5m
  faults:
  - {at: 20s, controllerDown: all, for: 2m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: t}
spec:
  ttlSecondsAfterFinished: 30
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('t');
    h.eq(h.sec(h.hasCond(j, 'Complete').lastTransitionTime), 11, 'Complete before the outage');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.generation], [140, 2], 'deleted when the controller manager is back');
    const p = h.podsOf('t')[0];
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], [140, 0], 'pod with it');
  },
};
