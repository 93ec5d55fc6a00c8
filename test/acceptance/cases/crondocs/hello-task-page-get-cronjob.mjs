// Task page "Running Automated Tasks with a CronJob": the reader creates hello (schedule "* * * * *") and runs
// `kubectl get cronjob hello` twice: about 10s after creation (LAST SCHEDULE <none>: no Job yet) and again at
// AGE 75s, when the page shows LAST SCHEDULE 50s, ACTIVE 0. Created at 00:00:35 (through the timeline), the first
// slot is 00:01:00; at 00:00:45 the row is "* * * * *  <none>  False  0  <none>  10s"; at 00:01:50 it is
// "... False 0 50s 75s" exactly as on the page.
import { runText, tableOf, rowOf } from '../../text-tables.mjs';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: hello-task}
spec:
  timeline:
  - at: 35s
    create:
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: hello
      spec:
        schedule: "* * * * *"
        jobTemplate:
          spec:
            template:
              spec:
                containers:
                - name: hello
                  image: busybox:1.28
                  imagePullPolicy: IfNotPresent
                  command:
                  - /bin/sh
                  - -c
                  - date; echo Hello from the Kubernetes cluster
                restartPolicy: OnFailure
`;
export default {
  id: 'crondocs/hello-task-page-get-cronjob',
  source: 'website tasks/job/automated-tasks-with-cron-jobs.md (kubectl get cronjob hello outputs); printers.go printCronJob; cronjob_controllerv2.go syncCronJob (lastScheduleTime = scheduled time)',
  args: ['--duration', '1m50s'],
  scenario,
  check(r, h) {
    const early = rowOf(tableOf(runText(scenario, ['--duration', '45s']), 'cronjob.batch'), 'cronjob.batch/hello');
    h.eq([early.SCHEDULE, early.TIMEZONE, early.SUSPEND, early.ACTIVE, early['LAST SCHEDULE'], early.AGE], ['* * * * *', '<none>', 'False', '0', '<none>', '10s'], 'row 10s after creation');
    const late = rowOf(tableOf(runText(scenario, ['--duration', '1m50s']), 'cronjob.batch'), 'cronjob.batch/hello');
    h.eq([late.SCHEDULE, late.TIMEZONE, late.SUSPEND, late.ACTIVE, late['LAST SCHEDULE'], late.AGE], ['* * * * *', '<none>', 'False', '0', '50s', '75s'], 'row at AGE 75s');
    const cj = h.cronjob('hello');
    h.eq(cj.metadata.creationTimestamp, '2026-01-01T00:00:35Z', 'created by the timeline at 35s');
    h.eq(cj.status.lastScheduleTime, '2026-01-01T00:01:00Z', 'lastScheduleTime');
    h.eq(h.jobsOf('hello').map((j) => j.metadata.name), ['hello-29453761'], 'one Job by 00:01:50');
  },
};
