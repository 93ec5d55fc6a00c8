// Scaling an Indexed OnFailure Job down from 2 to 1 at 25.5s: both pods were created at 0s on nodes and are
// Running, but index 0 is crash-looping (waiting in back-off, Ready=False) while index 1 is ready, so index 0 is
// the one deleted (not ready < ready in controller.ActivePods), not counted as failed. Index 1 keeps running.
export default {
  id: 'interplay/indexed-scale-down-crashloop-first',
  source: 'job_controller.go activePodsForRemoval (Indexed: no duplicates, then sort.Sort(controller.ActivePods)), controller_utils.go ActivePods.Less (3. Not ready < ready); reference §2.6 step 3',
  args: ['--duration', '2m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ip15}
spec:
  behaviors:
    - selector: {matchLabels: {app: ix}}
      duration: 1h
      perIndex:
        "0": { duration: 10s, exitCodes: [1] }
  timeline:
    - { at: 25500ms, patch: { kind: Job, name: ix, spec: { parallelism: 1 } } }
---
apiVersion: batch/v1
kind: Job
metadata: {name: ix}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  template:
    metadata: {labels: {app: ix}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const pods = h.podsOf('ix');
    h.eq(pods.length, 2, 'no pod created');
    const p0 = pods.find((p) => p.metadata.name.startsWith('ix-0-'));
    const p1 = pods.find((p) => p.metadata.name.startsWith('ix-1-'));
    h.eq(h.sec(p0.metadata.deletionTimestamp), 55, 'index 0 (crash-looping) deleted at 25s (+30s grace)');
    h.eq([p1.metadata.deletionTimestamp, p1.status.phase], [undefined, 'Running'], 'index 1 kept');
    h.eq(h.events({ kind: 'Job', name: 'ix', reason: 'SuccessfulDelete' }).map((e) => [e.message, h.sec(e.firstTimestamp)]), [[`Deleted pod: ${p0.metadata.name}`, 25]], 'SuccessfulDelete');
    const job = h.job('ix');
    h.eq([job.status.active, job.status.ready, job.status.failed ?? 0, job.status.terminating], [1, 1, 0, 0], '[active, ready, failed, terminating]');
  },
};
