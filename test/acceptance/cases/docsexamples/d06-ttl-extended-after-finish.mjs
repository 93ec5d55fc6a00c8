// TTL-after-finished page, "Updating TTL for finished Jobs": the TTL may be modified after the Job has finished. pi-with-ttl
// (ttlSecondsAfterFinished 100) finishes at 11s; raised to 300 at 50s (before expiry), it is deleted at 11+300 = 311s,
// not 111s: the controller re-reads the Job before deleting. Foreground deletion takes the pod down with it.
export default {
  id: 'docsexamples/d06-ttl-extended-after-finish',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/ttlafterfinished/#updating-ttl-for-finished-jobs; ttlafterfinished_controller.go processJob (fresh GET, needsCleanup), updateJob; reference cronjob-and-friends §4',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: ttl-extended
spec:
  timeline:
  - { at: 50s, patch: { kind: Job, name: pi-with-ttl, spec: { ttlSecondsAfterFinished: 300 } } }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: pi-with-ttl
spec:
  ttlSecondsAfterFinished: 100
  template:
    spec:
      containers:
      - name: pi
        image: perl:5.34.0
        command: ["perl",  "-Mbignum=bpi", "-wle", "print bpi(2000)"]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('pi-with-ttl');
    h.eq(h.sec(h.cond(job, 'Complete').lastTransitionTime), 11, 'finished');
    h.eq(job.spec.ttlSecondsAfterFinished, 300, 'ttl after the patch');
    h.eq(h.sec(job.metadata.deletionTimestamp), 311, 'Job deleted 300s after it finished');
    h.eq(h.podsOf('pi-with-ttl').map((p) => h.sec(p.metadata.deletionTimestamp)), [311], 'pod deleted with it');
  },
};
