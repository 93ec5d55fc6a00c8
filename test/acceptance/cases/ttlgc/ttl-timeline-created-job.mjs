// A Job created by the timeline at 1m with ttlSecondsAfterFinished 30: its pod runs 10s, Complete at 1m11s, deleted at
// 1m41s; its pod is collected then (grace 0).
export default {
  id: 'ttlgc/ttl-timeline-created-job',
  source: 'ttlafterfinished_controller.go addJob/needsCleanup, timeLeft (finish + TTL)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 5m
  timeline:
  - {at: 1m, create: {apiVersion: batch/v1, kind: Job, metadata: {name: late}, spec: {ttlSecondsAfterFinished: 30, template: {spec: {restartPolicy: Never, containers: [{name: c, image: busybox}]}}}}}
`,
  check(r, h) {
    const j = h.job('late');
    h.eq(h.sec(j.metadata.creationTimestamp), 60, 'created at 1m');
    h.eq(h.sec(h.hasCond(j, 'Complete').lastTransitionTime), 71, 'Complete');
    h.eq(h.sec(j.metadata.deletionTimestamp), 101, 'deleted at 1m41s');
    h.eq(h.podsOf('late').map((p) => [h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds]), [[101, 0]], 'pod');
  },
};
