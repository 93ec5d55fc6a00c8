// restartPolicy OnFailure, 5s runs always exiting 1: restarts at 0, 10, 20, 40, 80 s after each exit
// (starts +0, +5, +20, +45, +90, +175); BackOff Warning "Back-off restarting failed container c in
// pod <name>_<ns>(<uid>)" from the 2nd exit on; the Job fails once restartCount reaches backoffLimit.
export default {
  id: 'cluster/kubelet-crashloop',
  source: 'kuberuntime_manager.go doBackOff; client-go flowcontrol backoff (10s initial, x2, 300s max); cronjob-and-friends.md §6; job_controller pastBackoffLimitOnFailure (>=)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: crash }
spec:
  backoffLimit: 5
  template:
    metadata: { annotations: { jobsim/duration: "5s", jobsim/exit-codes: "1" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('crash')[0];
    h.eq(h.podsOf('crash').length, 1, 'one pod, restarted in place');
    const started = h.events({ reason: 'Started', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp));
    h.eq(started, [0, 5, 20, 45, 90, 175], 'container starts');
    const bo = h.events({ reason: 'BackOff', name: p.metadata.name });
    h.eq(bo.map((e) => h.sec(e.firstTimestamp)), [10, 25, 50, 95], 'BackOff events at the exits that wait');
    h.eq(bo[0].message, `Back-off restarting failed container c in pod ${p.metadata.name}_default(${p.metadata.uid})`, 'BackOff message');
    h.eq(bo[0].type, 'Warning', 'BackOff type');
    const cs = p.status.containerStatuses[0];
    h.eq(cs.restartCount, 5, 'restartCount');
    h.eq([cs.lastState.terminated.exitCode, cs.lastState.terminated.reason], [1, 'Error'], 'lastState');
    const job = h.job('crash');
    h.hasCond(job, 'Failed', 'BackoffLimitExceeded');
    h.near(h.sec(h.cond(job, 'FailureTarget').lastTransitionTime), 176, 1, 'FailureTarget ~1s after the 5th restart');
  },
};
