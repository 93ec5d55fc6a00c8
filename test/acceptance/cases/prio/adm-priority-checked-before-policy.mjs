// A template stating both a wrong priority and a wrong preemptionPolicy is refused for the priority
// (checked first); each retry says the same.
export default {
  id: 'prio/adm-priority-checked-before-policy',
  source: 'plugin/pkg/admission/priority/admission.go admitPod (the priority comparison returns before the PreemptionPolicy comparison); job_controller processNextWorkItem AddRateLimited 1s, 2s, 4s',
  args: ['--duration', '5s'],
  scenario: `
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
preemptionPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: both }
spec:
  template:
    spec:
      priorityClassName: high
      priority: 7
      preemptionPolicy: PreemptLowerPriority
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const fc = h.events({ kind: 'Job', name: 'both' });
    h.eq(fc.map((e) => [h.sec(e.firstTimestamp), e.type, e.reason]), [[0, 'Warning', 'FailedCreate'], [1, 'Warning', 'FailedCreate'], [3, 'Warning', 'FailedCreate']], 'events');
    h.eq([...new Set(fc.map((e) => e.message))], ['Error creating: pods "both-" is forbidden: the integer value of priority (7) must not be provided in pod spec; priority admission controller computed 1000 from the given PriorityClass name'], 'message');
    h.eq(h.podsOf('both').length, 0, 'no pod');
  },
};
