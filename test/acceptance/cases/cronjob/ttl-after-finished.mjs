// TTL-after-finished: the Job is deleted (foreground) exactly ttlSecondsAfterFinished after its Complete/Failed
// condition's lastTransitionTime, its pods are deleted with it; TTL 0 deletes at the finish. No event.
export default {
  id: 'cronjob/ttl-after-finished',
  source: 'reference cronjob-and-friends §4 (finish = lastTransitionTime of Complete/Failed, expireAt = finish + TTL, Foreground delete); README: no TTL event upstream',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: t
spec:
  ttlSecondsAfterFinished: 100
  completions: 2
  parallelism: 2
  template:
    metadata:
      annotations: {jobsim/duration: "30s"}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata:
  name: t0
spec:
  ttlSecondsAfterFinished: 0
  backoffLimit: 0
  template:
    metadata:
      annotations: {jobsim/duration: "30s", jobsim/exit-codes: "3"}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata:
  name: keep
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const t = h.job('t');
    const fin = h.sec(h.cond(t, 'Complete').lastTransitionTime);
    h.eq(h.sec(t.metadata.deletionTimestamp), fin + 100, 't deleted 100s after Complete');
    const pods = h.podsOf('t');
    h.eq(pods.length, 2, 'two pods');
    for (const p of pods) h.eq(h.sec(p.metadata.deletionTimestamp), fin + 100, `pod ${p.metadata.name} deleted in the cascade`);
    const t0 = h.job('t0');
    h.eq(t0.metadata.deletionTimestamp, h.cond(t0, 'Failed').lastTransitionTime, 't0 deleted as soon as it failed');
    h.assert(h.job('keep').metadata.deletionTimestamp === undefined, 'no TTL, never deleted');
    h.eq((r.events ?? []).filter((e) => e.source?.component === 'ttl-after-finished-controller').length, 0, 'TTL controller emits no event');
  },
};
