// schedulingGates are among the template fields a suspended, never-started Job may change: Job g drops its gate
// (its pod is scheduled at the resume and the Job completes at 21s), Job a gains one (its pod stays Pending,
// unscheduled, active 1, until the run ends).
export default {
  id: 'mutations2/directives-scheduling-gates-mutable-before-start',
  source: 'pkg/apis/batch/validation/validation.go validatePodTemplateUpdate (oldTemplate.Spec.SchedulingGates = template.Spec.SchedulingGates under AllowMutableSchedulingDirectives); reference job-controller §1.3',
  args: ['--duration', '2m'],
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: g, spec: {template: {spec: {schedulingGates: null}}}}}
  - {at: 5s, patch: {kind: Job, name: a, spec: {template: {spec: {schedulingGates: [{name: example.com/hold}]}}}}}
  - {at: 10s, patch: {kind: Job, name: g, spec: {suspend: false}}}
  - {at: 10s, patch: {kind: Job, name: a, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: g}
spec:
  suspend: true
  template:
    spec:
      schedulingGates: [{name: example.com/hold}]
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  suspend: true
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const g = h.job('g');
    h.eq([g.metadata.generation, h.sec(g.status.completionTime), g.status.succeeded], [3, 21, 1], 'g [generation, completionTime, succeeded]');
    h.eq(h.podsOf('g')[0].spec.schedulingGates ?? [], [], 'g pod has no gate');
    const a = h.job('a');
    h.eq([a.metadata.generation, a.status.active, h.sec(a.status.startTime)], [3, 1, 10], 'a [generation, active, startTime]');
    const [pa] = h.podsOf('a');
    h.eq([pa.status.phase, pa.spec.nodeName ?? null, (pa.spec.schedulingGates ?? []).map((x) => x.name)], ['Pending', null, ['example.com/hold']], 'a pod [phase, node, gates]');
    h.eq(h.events({ kind: 'Pod', name: pa.metadata.name, reason: 'Scheduled' }).length, 0, 'a pod never scheduled');
  },
};
