// An Indexed Job in namespace idx: pods idx/j-0-xxxxx and idx/j-1-xxxxx with hostname j-<i> and subdomain unset
// (the Job controller sets subdomain only when the template sets it), completedIndexes "0,1" at +11s.
export default {
  id: 'namespaces/ns33-indexed-job-namespace',
  source: 'pkg/controller/job/indexed_job_utils.go addCompletionIndexEnvVariables / setHostname (hostname <job>-<index>)',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: j, namespace: idx}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j', 'idx');
    h.eq([j.status.completedIndexes, h.sec(j.status.completionTime)], ['0,1', 11], 'status');
    const pods = h.of('Pod').map((p) => [p.metadata.namespace, p.metadata.name.replace(/-[a-z0-9]{5}$/, ''), p.spec.hostname, p.spec.subdomain]);
    h.eq(pods, [['idx', 'j-0', 'j-0', undefined], ['idx', 'j-1', 'j-1', undefined]], 'pods');
  },
};
