// 9223372036854775807 is the largest int64: go-yaml v2 resolves it to an int, the API server decodes it
// into the int64 terminationGracePeriodSeconds, and validation only wants it non-negative. The Job runs
// (the grace period is never used: the pod ends on its own). (jobsim once read the number as a double
// (2^63) and refused it: "Invalid value: 9223372036854776000: ... should be less than or equal to
// 9223372036854775807".)
export default {
  id: 'robust2/int64-max-accepted',
  source: 'gopkg.in/yaml.v2 resolve.go (strconv.ParseInt(plain, 0, 64) succeeds); encoding/json into *int64; core validation ValidatePodSpec (terminationGracePeriodSeconds ValidateNonnegativeField)',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: big}
spec:
  template:
    spec:
      terminationGracePeriodSeconds: 9223372036854775807
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('big');
    h.hasCond(j, 'Complete');
    h.eq(h.sec(j.status.completionTime), 11, 'completionTime');
  },
};
