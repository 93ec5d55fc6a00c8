// Task page: "The job name and pod name are different"; the reader finds the pod of the last Job with
// `kubectl get pods --selector=job-name=<job>`. Running hello ("* * * * *", busybox:1.28, command
// "date; echo Hello from the Kubernetes cluster") for 3m30s: three Jobs, each with exactly one pod that the
// job-name selector finds, named <job>-<5 chars>, carrying the Job controller's labels, with the template's command.
export default {
  id: 'crondocs/hello-task-page-pod-by-job-name',
  source: 'website tasks/job/automated-tasks-with-cron-jobs.md ("pods=$(kubectl get pods --selector=job-name=..."); job_controller.go (GenerateName job.Name+"-"); pkg/registry/batch/job/strategy.go generateSelector (job-name, controller-uid labels, legacy and batch.kubernetes.io/ forms)',
  args: ['--duration', '3m30s'],
  scenario: `
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
    const jobs = h.jobsOf('hello');
    h.eq(jobs.map((j) => j.metadata.name), ['hello-29453761', 'hello-29453762', 'hello-29453763'], 'three Jobs');
    for (const j of jobs) {
      const n = j.metadata.name;
      const sel = h.of('Pod').filter((p) => p.metadata.labels?.['job-name'] === n);
      h.eq(sel.length, 1, `--selector=job-name=${n}`);
      const p = sel[0];
      h.assert(new RegExp(`^${n}-[a-z0-9]{5}$`).test(p.metadata.name) && p.metadata.name !== n, `pod name ${p.metadata.name}`);
      const l = p.metadata.labels;
      h.eq([l['batch.kubernetes.io/job-name'], l['controller-uid'], l['batch.kubernetes.io/controller-uid']], [n, j.metadata.uid, j.metadata.uid], `${n} pod labels`);
      h.eq(p.spec.containers[0].command, ['/bin/sh', '-c', 'date; echo Hello from the Kubernetes cluster'], 'command');
      h.eq([p.spec.restartPolicy, p.status.phase, h.exitCodeOf(p)], ['OnFailure', 'Succeeded', 0], `${n} pod`);
      h.eq(j.spec.selector.matchLabels, { 'batch.kubernetes.io/controller-uid': j.metadata.uid }, `${n} selector`);
    }
    h.eq(h.cronjob('hello').status.active, undefined, 'no active Job at 00:03:30');
  },
};
