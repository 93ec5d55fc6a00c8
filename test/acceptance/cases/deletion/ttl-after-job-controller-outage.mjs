// The Job controller is down from 5s to 60s: the pod ends at 10s, the Job is marked Complete only when the controller
// is back (60s, relist and sync). The TTL (30s) counts from the Complete condition's lastTransitionTime: 90s.
export default {
  id: 'deletion/ttl-after-job-controller-outage',
  source: 'ttlafterfinished_controller.go jobFinishTime (Complete lastTransitionTime, not pod finish or status.completionTime of another time); CONTRACT §2 controllerDown job',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ttl}
spec:
  duration: 10m
  faults:
  - {at: 5s, controllerDown: job, for: 55s}
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
    const p = h.podsOf('t')[0];
    h.eq(h.sec(p.status.containerStatuses[0].state.terminated.finishedAt), 10, 'pod finished at 10s');
    const done = h.sec(h.hasCond(j, 'Complete').lastTransitionTime);
    h.eq(done, 60, 'Complete when the controller is back');
    h.eq(h.sec(j.status.completionTime), 60, 'completionTime');
    h.eq(h.sec(j.metadata.deletionTimestamp), 90, 'TTL from Complete');
  },
};
