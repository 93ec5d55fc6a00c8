// The pods end at 10s during a kube-controller-manager outage (5s-60s): nothing marks the Jobs finished until the Job
// controller is back (60s: relist, sync, SuccessCriteriaMet and Complete at 60s). The TTL counts from that condition:
// TTL 0 deletes z at 60s, TTL 15 deletes t at 75s; the Succeeded pods go with them (grace 0).
export default {
  id: 'ttl2/outage-job-finishes-during-outage',
  source: 'ttlafterfinished_controller.go jobFinishTime (Complete lastTransitionTime, not the pod end), needsCleanup; job_controller.go addJob (enqueue on list) ',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 3m
  faults:
  - {at: 5s, controllerDown: all, for: 55s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: z}
spec:
  ttlSecondsAfterFinished: 0
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: t}
spec:
  ttlSecondsAfterFinished: 15
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    for (const [n, del] of [['z', 60], ['t', 75]]) {
      const j = h.job(n);
      h.eq(h.sec(h.hasCond(j, 'Complete').lastTransitionTime), 60, `${n} Complete at the return`);
      h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.generation], [del, 2], `${n} deleted`);
      const [p] = h.podsOf(n);
      h.eq([h.sec(p.status.containerStatuses[0].state.terminated.finishedAt), h.sec(p.metadata.deletionTimestamp), p.metadata.finalizers], [10, del, undefined], `${n} pod`);
    }
    h.eq(h.events({ reason: 'Completed' }).map((e) => h.sec(e.firstTimestamp)), [60, 60], 'Completed events at 60s');
  },
};
