// A 52-character CronJob with an Indexed jobTemplate of 2 completions: the Job name is 61 characters, the highest pod
// hostname "<job>-1" is exactly 63 (valid), so the Job is created. Indexed pods are generated from "<job>-<i>-", cut
// so that it fits 58 characters while keeping "-<i>-": pod names "<first 55 chars of job>-<i>-xxxxx" (63), and their
// spec.hostname is the full "<job>-<i>".
const name = 'nightly-analytics-warehouse-backup-to-object-storage';
export default {
  id: 'crondocs/name-52-indexed-hostnames',
  source: 'validation.go ValidateJob (maximumPodHostname "<name>-<completions-1>" must be a DNS-1123 label); job_controller.go podGenerateNameWithIndex (jobName[:MaxGeneratedNameLength-len(appendIndex)]+appendIndex) and Spec.Hostname = "<job>-<index>"; website cron-jobs.md name length',
  args: ['--duration', '1m30s'],
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${name}
spec:
  schedule: "* * * * *"
  jobTemplate:
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
    const jobName = `${name}-29453761`;
    h.hasCond(h.job(jobName), 'Complete');
    const pods = h.podsOf(jobName).sort((a, b) => a.metadata.annotations['batch.kubernetes.io/job-completion-index'].localeCompare(b.metadata.annotations['batch.kubernetes.io/job-completion-index']));
    h.eq(pods.length, 2, 'two pods');
    pods.forEach((p, i) => {
      const n = p.metadata.name;
      h.eq([n.length, n.slice(0, 58)], [63, `${jobName.slice(0, 55)}-${i}-`], `pod ${i} name ${n}`);
      h.eq(p.spec.hostname, `${jobName}-${i}`, `pod ${i} hostname`);
    });
  },
};
