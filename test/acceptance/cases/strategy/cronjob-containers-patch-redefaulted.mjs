// A CronJob patch that re-sends the job template's containers exactly as the manifest wrote them is a
// no-op once the patched object is decoded with defaulting (the container defaults come back, cpu 0.5 and
// 500m are the same Quantity): Semantic.DeepEqual(spec) holds, so generation stays 1 and the stored template
// keeps imagePullPolicy, terminationMessagePath and terminationMessagePolicy.
export default {
  id: 'strategy/cronjob-containers-patch-redefaulted',
  source: 'apiserver patch.go (merge patch decoded with defaulting); pkg/apis/core/v1/defaults.go SetDefaults_Container (ImagePullPolicy, TerminationMessagePath, TerminationMessagePolicy) applied to CronJob jobTemplate pod templates by the generated defaulters; pkg/registry/batch/cronjob/strategy.go PrepareForUpdate (generation only when !Semantic.DeepEqual(spec))',
  args: ['--duration', '90s'],
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 10s, patch: {kind: CronJob, name: cj, spec: {jobTemplate: {spec: {template: {spec: {containers: [{name: c, image: busybox, resources: {requests: {cpu: 500m}}}]}}}}}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox, resources: {requests: {cpu: 0.5}}}]
          restartPolicy: Never
`,
  check(r, h) {
    const cj = h.cronjob('cj');
    h.eq(cj.metadata.generation, 1, 'generation');
    const c = cj.spec.jobTemplate.spec.template.spec.containers[0];
    h.eq([c.imagePullPolicy, c.terminationMessagePath, c.terminationMessagePolicy, c.resources?.requests?.cpu], ['Always', '/dev/termination-log', 'File', '500m'], 'stored container keeps its defaults');
    h.eq(h.jobsOf('cj').length, 1, 'the 00:01 Job');
  },
};
