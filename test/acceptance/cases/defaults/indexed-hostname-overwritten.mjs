// Indexed pods: the Job controller sets hostname to <job>-<index> even when the template has one; subdomain is the
// template's; a container that already declares JOB_COMPLETION_INDEX is left alone.
export default {
  id: 'defaults/indexed-hostname-overwritten',
  source: 'pkg/controller/job/job_controller.go manageJob ("template.Spec.Hostname = fmt.Sprintf(\\"%s-%d\\", jobCtx.job.Name, completionIndex)"); indexed_job_utils.go addCompletionIndexEnvVariable (returns when the name exists)',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: hx}
spec:
  completions: 2
  parallelism: 2
  completionMode: Indexed
  template:
    spec:
      restartPolicy: Never
      hostname: mine
      subdomain: svc
      containers:
      - name: c
        image: "busybox:1.36"
        env: [{name: JOB_COMPLETION_INDEX, value: "x"}]
`,
  check(r, h) {
    const pods = h.podsOf('hx').sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
    h.eq(pods.map((p) => [p.spec.hostname, p.spec.subdomain]), [['hx-0', 'svc'], ['hx-1', 'svc']], '[hostname, subdomain]');
    h.eq(pods[0].spec.containers[0].env, [{ name: 'JOB_COMPLETION_INDEX', value: 'x' }], 'env untouched');
    h.eq(h.job('hx').spec.template.spec.hostname, 'mine', 'template keeps its hostname');
  },
};
