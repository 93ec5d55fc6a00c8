// A Job controller event as `kubectl get events -o yaml` shows it: on the Job (kind, namespace, name, uid,
// apiVersion batch/v1), from component job-controller with no host, count 1, first == last timestamp,
// stored in the Job's namespace.
export default {
  id: 'events/ev01-job-event-envelope',
  source: 'controller_utils.go RealPodControl.CreatePods (recorder.Eventf(object, Normal, SuccessfulCreate, "Created pod: %v")); job_controller.go NewController (EventSource{Component: "job-controller"}); client-go tools/record makeEvent (namespace of the involved object)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: env, namespace: team-a}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const job = h.job('env', 'team-a');
    const pod = h.podsOf('env')[0];
    const ev = h.events({ reason: 'SuccessfulCreate', kind: 'Job' });
    h.eq(ev.length, 1, 'one SuccessfulCreate');
    const e = ev[0];
    h.eq(e.type, 'Normal', 'type');
    h.eq(e.message, `Created pod: ${pod.metadata.name}`, 'message');
    h.eq([e.involvedObject.kind, e.involvedObject.namespace, e.involvedObject.name, e.involvedObject.uid], ['Job', 'team-a', 'env', job.metadata.uid], 'involvedObject');
    h.eq(e.source, { component: 'job-controller' }, 'source (no host)');
    h.eq(e.metadata.namespace, 'team-a', 'event namespace');
    h.eq([e.count, e.firstTimestamp, e.lastTimestamp], [1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'], 'count and timestamps');
    const done = h.events({ reason: 'Completed' });
    h.eq(done.map((x) => [x.type, x.message, h.sec(x.firstTimestamp), x.involvedObject.uid]), [['Normal', 'Job completed', 11, job.metadata.uid]], 'Completed');
  },
};
