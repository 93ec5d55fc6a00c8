// TTL 0 on a CronJob's Jobs with the controller up: the Job's completion syncs the CronJob, which still lists the
// finished Job (the TTL controller's foreground deletion first only marks it), so it reports SawCompletedJob and sets
// lastSuccessfulTime; no MissingJob. The Job and its Succeeded pod are deleted at the completion (foreground:
// deletionGracePeriodSeconds 0). Forbid is never blocked.
export default {
  id: 'croninterplay/ttl-zero-saw-completed-not-missing',
  source: 'ttlafterfinished_controller.go processJob (Foreground delete); garbagecollector foreground; cronjob_controllerv2.go syncCronJob (finished Job in active: SawCompletedJob)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 25m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      ttlSecondsAfterFinished: 0
      template:
        metadata: {annotations: {jobsim/duration: "1m"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason]);
    h.eq(ev, [[600, 'SuccessfulCreate'], [661, 'SawCompletedJob'], [1200, 'SuccessfulCreate'], [1261, 'SawCompletedJob']], 'CronJob events');
    for (const [n, t] of [['cj-29453770', 661], ['cj-29453780', 1261]]) {
      const j = h.job(n);
      h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.deletionGracePeriodSeconds], [t, 0], `${n} deleted by TTL (foreground)`);
      h.eq(h.sec(h.podsOf(n)[0].metadata.deletionTimestamp), t, `${n} pod`);
    }
    h.eq(h.cronjob('cj').status.lastSuccessfulTime, '2026-01-01T00:21:01Z', 'lastSuccessfulTime');
  },
};
