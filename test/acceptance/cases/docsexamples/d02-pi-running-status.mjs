// Job concept page, `kubectl get job pi -o yaml` while the pod runs: status { active: 1, ready: 1, startTime,
// terminating: 0, uncountedTerminatedPods: {} } and no succeeded/failed/completionTime/conditions yet. "Job tracking with
// finalizers": the running pod carries the batch.kubernetes.io/job-tracking finalizer, removed once it is counted.
export default {
  id: 'docsexamples/d02-pi-running-status',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/ (kubectl get job pi -o yaml tab; #job-tracking-with-finalizers); job_controller.go syncJob status fields; reference job §2.10, §12',
  args: ['--duration', '5s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: pi
spec:
  template:
    spec:
      containers:
      - name: pi
        image: perl:5.34.0
        command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"]
      restartPolicy: Never
  backoffLimit: 4
`,
  check(r, h) {
    const st = h.job('pi').status;
    h.eq([st.active, st.ready, h.sec(st.startTime), st.terminating, st.uncountedTerminatedPods], [1, 1, 0, 0, {}], 'status while running');
    h.eq([st.succeeded, st.failed, st.completionTime, st.conditions], [undefined, undefined, undefined, undefined], 'nothing finished yet');
    const pod = h.podsOf('pi')[0];
    h.eq(pod.metadata.finalizers, ['batch.kubernetes.io/job-tracking'], 'tracking finalizer on the running pod');
    h.eq(pod.status.phase, 'Running', 'pod phase');
  },
};
