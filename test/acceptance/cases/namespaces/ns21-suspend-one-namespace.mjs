// Patching spec.suspend on team/j suspends only that Job: its running pod is deleted at 20s (Suspended condition,
// "Job suspended" event in team), while default/j runs on and completes at +1m1s.
const job = (ns) => `apiVersion: batch/v1
kind: Job
metadata: {name: j${ns ? `, namespace: ${ns}` : ''}}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1m}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'namespaces/ns21-suspend-one-namespace',
  source: 'job_controller.go syncJob (suspend: delete active pods, JobSuspended condition, "Suspended" event); timeline patch addresses namespace/name',
  args: ['--duration', '3m'],
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 20s, patch: {kind: Job, name: j, namespace: team, spec: {suspend: true}}}
---
` + job('team') + '---\n' + job(),
  check(r, h) {
    const t = h.job('j', 'team');
    const c = h.hasCond(t, 'Suspended', 'JobSuspended');
    h.eq(h.sec(c.lastTransitionTime), 20, 'suspended at 20s');
    h.eq(h.sec(h.job('j').status.completionTime), 61, 'default/j completes');
    h.noCond(h.job('j'), 'Suspended');
    const s = r.events.filter((e) => e.reason === 'Suspended').map((e) => [h.sec(e.firstTimestamp), e.involvedObject.namespace, e.message]);
    h.eq(s, [[20, 'team', 'Job suspended']], 'Suspended event');
  },
};
