// A pod naming a schedulerName that no scheduler serves stays Pending: the default scheduler's informer
// handles only pods it is responsible for (responsibleForPod), so no Scheduled or FailedScheduling event,
// no PodScheduled condition; the Job counts it active. A pod of the default scheduler beside it runs.
export default {
  id: 'schedplug/other-scheduler-name-stays-pending',
  source: 'pkg/scheduler/eventhandlers.go addAllEventHandlers (FilterFunc: !assignedPod(pod) && responsibleForPod(pod, sched.Profiles)); pkg/apis/core/validation ValidatePodSpec (no schedulerName rule)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 2m
---
apiVersion: batch/v1
kind: Job
metadata: {name: custom}
spec:
  template:
    spec:
      schedulerName: my-scheduler
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: plain}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 10s}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('custom');
    h.eq(p.length, 1, 'one pod');
    h.eq([p[0].status.phase, p[0].spec.nodeName, p[0].spec.schedulerName, p[0].status.conditions ?? []], ['Pending', undefined, 'my-scheduler', []], 'pending, unbound, no condition');
    h.eq(h.events({ name: p[0].metadata.name }).map((e) => e.reason), [], 'no scheduler event for it');
    h.eq(h.job('custom').status.active, 1, 'the Job counts it active');
    h.hasCond(h.job('plain'), 'Complete');
  },
};
