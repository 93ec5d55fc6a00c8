// completions only -> parallelism 1; parallelism only -> completions stays unset (work queue);
// backoffLimitPerIndex -> backoffLimit MaxInt32.
export default {
  id: 'validation/job-defaults-partial',
  source: 'pkg/apis/batch/v1/defaults.go SetDefaults_Job; reference job-controller §1.1 (completions/parallelism, backoffLimit MaxInt32 with backoffLimitPerIndex)',
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: c5
spec:
  completions: 5
  template:
    metadata: {annotations: {jobsim/duration: "1s"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
---
apiVersion: batch/v1
kind: Job
metadata:
  name: p3
spec:
  parallelism: 3
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
---
apiVersion: batch/v1
kind: Job
metadata:
  name: bl
spec:
  completionMode: Indexed
  completions: 2
  backoffLimitPerIndex: 1
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    h.eq([h.job('c5').spec.completions, h.job('c5').spec.parallelism], [5, 1], 'completions only');
    h.eq(h.job('p3').spec.parallelism, 3, 'parallelism kept');
    h.assert(!('completions' in h.job('p3').spec) || h.job('p3').spec.completions === null, `completions unset: ${JSON.stringify(h.job('p3').spec.completions)}`);
    h.eq(h.job('bl').spec.backoffLimit, 2147483647, 'backoffLimit with backoffLimitPerIndex');
    h.eq(h.job('bl').spec.podReplacementPolicy, 'TerminatingOrFailed', 'podReplacementPolicy');
  },
};
