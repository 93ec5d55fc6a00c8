// Task "Running Automated Tasks with a CronJob", "Deleting a CronJob": "kubectl delete cronjob hello ... Deleting the
// cron job removes all the jobs and pods it created and stops it from creating additional jobs." Deleted at 3m30s after
// three runs: the three Jobs and their pods get their deletionTimestamp then (background cascade through the owner
// references; finished pods go at once), and no Job is created at 4m or 5m.
export default {
  id: 'docsexamples/d28-cronjob-delete-cascade',
  source: 'kubernetes.io/docs/tasks/job/automated-tasks-with-cron-jobs/#deleting-a-cronjob; garbage collector (background propagation via ownerReferences); reference cronjob-and-friends §4',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: hello
spec:
  duration: 6m
  timeline:
  - { at: 3m30s, delete: { kind: CronJob, name: hello } }
---
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
`,
  check(r, h) {
    h.eq(h.sec(h.cronjob('hello').metadata.deletionTimestamp), 210, 'CronJob deleted');
    const jobs = h.jobsOf('hello');
    h.eq(jobs.map((j) => [j.metadata.name, h.sec(j.metadata.deletionTimestamp)]), [['hello-29453761', 210], ['hello-29453762', 210], ['hello-29453763', 210]], 'Jobs');
    h.eq(h.of('Pod').map((p) => h.sec(p.metadata.deletionTimestamp)), [210, 210, 210], 'pods');
    h.eq(h.events({ kind: 'CronJob', reason: 'SuccessfulCreate' }).map((e) => h.sec(e.firstTimestamp)), [60, 120, 180], 'no run after the deletion');
  },
};
