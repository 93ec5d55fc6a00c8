// Job concept page / TTL page: "If the field is set to 0, the Job will be eligible to be automatically deleted
// immediately after it finishes." Complete at 11s, deleted (foreground, pods first) at 11s; a finished pod is deleted
// at once (the API server gives terminated pods grace 0), so everything is gone at 11s.
export default {
  id: 'docsexamples/d07-ttl-zero',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#ttl-mechanism-for-finished-jobs; ttlafterfinished_controller.go needsCleanup (remaining <= 0); pkg/registry/core/pod/strategy.go CheckGracefulDelete (terminated pod: grace 0)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: pi-with-ttl
spec:
  ttlSecondsAfterFinished: 0
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
    h.eq([h.sec(job.status.completionTime), h.sec(job.metadata.deletionTimestamp)], [11, 11], 'completed and deleted at once');
    h.eq(h.podsOf('pi-with-ttl').map((p) => [p.status.phase, h.sec(p.metadata.deletionTimestamp)]), [['Succeeded', 11]], 'pod deleted at once');
    h.eq(r.spec.endedBy, 'quiet', 'nothing left to do');
  },
};
