// Comparison is by value, not by string: requests "1e3" and limits "1k" are equal (accepted); requests
// "999" under limits "1k" is accepted; the pod carries them unchanged and the Job completes.
export default {
  id: 'quantities/requests-vs-limits-by-value',
  source: 'pkg/apis/core/validation/validation.go ValidateResourceRequirements (quantity.Cmp(limitQuantity) > 0)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: q}
spec:
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "2000", memory: 8Gi, pods: 110}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: a, image: busybox, resources: {requests: {cpu: "1e3", memory: "999"}, limits: {cpu: "1k", memory: "1k"}}}
`,
  check(r, h) {
    h.eq(h.podsOf('q')[0].spec.containers[0].resources, { requests: { cpu: '1e3', memory: '999' }, limits: { cpu: '1k', memory: '1k' } }, 'pod resources');
    h.hasCond(h.job('q'), 'Complete');
  },
};
