// Without duration, a run with random failures still ends by quiet once nothing more can happen (the random
// failures are background activity): the Job's pod runs 10s, so the run ends long before the first failures
// could keep it going, endedBy quiet.
export default {
  id: 'faults/mtbf-quiet-end',
  source: 'README scenario format ("periodic background activity such as random node failures does not keep it alive"), README result spec.endedBy',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: mq}
spec:
  cluster:
    nodePools:
    - {name: w, count: 3, mtbf: 30m, mttr: 5m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(r.spec.endedBy, 'quiet', 'endedBy');
    h.hasCond(h.job('j'), 'Complete');
    h.assert(h.sec(r.spec.end) <= 3600, `ended at +${h.sec(r.spec.end)}s`);
  },
};
