// PodLevelResources validation: pod-level requests must be >= the aggregate of the containers' requests.
export default {
  id: 'gates135/plr06-validation-pod-requests-below-aggregate',
  source: 'pkg/apis/core/validation/validation.go validatePodResourceConsistency ("must be greater than or equal to aggregate container requests of %s"); PodLevelResources 1.34 Beta on',
  exit: 2,
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: plr}
spec:
  template:
    spec:
      restartPolicy: Never
      resources: {requests: {cpu: "1"}}
      containers:
      - name: c
        image: busybox
        resources: {requests: {cpu: "2"}}
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => l.includes('Job default/plr: '));
    h.assert(lines.some((l) => l.endsWith('Job default/plr: spec.template.spec.resources.requests[cpu]: Invalid value: "1": must be greater than or equal to aggregate container requests of 2')), `missing line; got ${JSON.stringify(lines)}`);
    h.eq(r.stdout.trim(), '', 'nothing on stdout');
  },
};
