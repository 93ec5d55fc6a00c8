// Complete at 11s with ttlSecondsAfterFinished 300; the kube-controller-manager is down 20s-2m20s and the TTL is lowered
// to 30 at 60s (the API server takes the patch). The new TTL controller lists the Job at 140s: 11 + 30 = 41s is past, so
// it is deleted at once (140s), foreground, its pod with it; not at 311s.
export default {
  id: 'ttl2/outage-ttl-shortened-during-outage',
  source: 'ttlafterfinished_controller.go addJob (informer list on start -> enqueue), processTTL (timeLeft <= 0 -> delete), fresh GET before DELETE',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 10m
  faults:
  - {at: 20s, controllerDown: all, for: 2m}
  timeline:
  - {at: 60s, patch: {kind: Job, name: a, spec: {ttlSecondsAfterFinished: 30}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  ttlSecondsAfterFinished: 300
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('a');
    h.eq([j.spec.ttlSecondsAfterFinished, h.sec(j.metadata.deletionTimestamp), j.metadata.generation], [30, 140, 3], 'deleted when the controller is back');
    h.eq(h.podsOf('a').map((p) => [p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds]), [['Succeeded', 140, 0]], 'pod collected at 140s');
  },
};
