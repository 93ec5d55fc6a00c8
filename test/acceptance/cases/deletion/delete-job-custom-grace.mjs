// The garbage collector deletes without a grace period of its own, so each running pod gets its template's
// terminationGracePeriodSeconds: 120 -> deletionTimestamp +120s; a negative value (accepted with a warning) is
// treated as 1 on the delete path: +1s and deletionGracePeriodSeconds 1.
export default {
  id: 'deletion/delete-job-custom-grace',
  source: 'pkg/registry/core/pod/strategy.go CheckGracefulDelete (period from spec.terminationGracePeriodSeconds; "if period < 0 { period = 1 }"); garbagecollector deleteObject (no GracePeriodSeconds)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 5m
  timeline:
  - {at: 1m, delete: {kind: Job, name: long}}
  - {at: 1m, delete: {kind: Job, name: neg}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: long}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      terminationGracePeriodSeconds: 120
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: neg}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      terminationGracePeriodSeconds: -5
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const a = h.podsOf('long')[0];
    h.eq([h.sec(a.metadata.deletionTimestamp), a.metadata.deletionGracePeriodSeconds], [180, 120], 'grace 120');
    const b = h.podsOf('neg')[0];
    h.eq([h.sec(b.metadata.deletionTimestamp), b.metadata.deletionGracePeriodSeconds], [61, 1], 'negative grace treated as 1');
    h.eq(b.spec.terminationGracePeriodSeconds, -5, 'the spec keeps its value');
  },
};
