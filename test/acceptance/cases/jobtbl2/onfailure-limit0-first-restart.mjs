// restartPolicy OnFailure, backoffLimit 0: the container fails at +10s and is restarted at once
// (restartCount 1). With a limit of 0 any restart trips (sum > 0): FailureTarget BackoffLimitExceeded at
// +11s, the pod is deleted and counted failed; Failed at +12s once it has terminated.
export default {
  id: 'jobtbl2/onfailure-limit0-first-restart',
  source: 'job_controller_test.go TestJobBackoffForOnFailure "backoffLimit 0 should have 1 pod active" / "too many job failures - single pod" (restartCount 1, backoffLimit 0); job_controller.go pastBackoffLimitOnFailure (BackoffLimit == 0: result > 0); reference §3.5',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/exit-codes: "1,0" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const j = h.job('x');
    const ft = h.hasCond(j, 'FailureTarget', 'BackoffLimitExceeded');
    const f = h.hasCond(j, 'Failed', 'BackoffLimitExceeded');
    h.eq([h.sec(ft.lastTransitionTime), h.sec(f.lastTransitionTime)], [11, 12], 'FailureTarget, Failed');
    h.eq([j.status.failed, j.status.succeeded ?? 0, h.podsOf('x').length], [1, 0, 1], '[failed, succeeded, pods]');
    h.eq(h.podsOf('x')[0].status.containerStatuses[0].restartCount, 1, 'restartCount');
  },
};
