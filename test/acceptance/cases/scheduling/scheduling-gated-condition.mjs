// A pod created with schedulingGates gets PodScheduled=False/SchedulingGated from the API server and
// is never attempted by the scheduler (no FailedScheduling, no Scheduled).
export default {
  id: 'scheduling/scheduling-gated-condition',
  source: 'pkg/registry/core/pod/strategy.go applySchedulingGatedCondition (reason SchedulingGated, "Scheduling is blocked due to non-empty scheduling gates"); scheduler SchedulingGates PreEnqueue plugin',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
---
apiVersion: batch/v1
kind: Job
metadata: { name: g }
spec:
  template:
    spec:
      schedulingGates: [{ name: example.com/quota }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('g')[0];
    h.eq(p.status.phase, 'Pending', 'phase');
    const c = h.anyCond(p, 'PodScheduled');
    h.eq([c.status, c.reason, c.message], ['False', 'SchedulingGated', 'Scheduling is blocked due to non-empty scheduling gates'], 'condition');
    h.eq(h.events({ name: p.metadata.name }).filter((e) => e.source.component === 'default-scheduler').length, 0, 'no scheduler event');
    h.eq(h.job('g').status.active, 1, 'Job counts it active');
  },
};
