// Seed 002 backup-job: the pod template's metadata.name "backup-pod" is kept in the Job's template but ignored for
// pods: the pod is named backup-job-xxxxx (generateName "backup-job-"). The ":latest" image defaults
// imagePullPolicy to Always, so the kubelet pulls it (Pulling / Successfully pulled ... in 0s). Complete at +11s.
export default {
  id: 'seeds/s002-backup-pod-naming',
  source: 'pkg/controller/controller_utils.go GetPodFromTemplate (GenerateName from the Job name; template name not copied); pkg/apis/core/v1/defaults.go SetDefaults_Container (":latest" -> Always); kubelet images.EnsureImageExists events',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: backup-job
spec:
  template:
    metadata:
      name: backup-pod
    spec:
      containers:
        - name: backup-container
          image: your-backup-image:latest
          command: ['sh', '-c', './backup-script.sh']
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('backup-job');
    h.eq(job.spec.template.metadata.name, 'backup-pod', 'template name kept in the Job');
    h.eq(job.spec.template.spec.containers[0].imagePullPolicy, 'Always', 'imagePullPolicy defaulted for :latest');
    const pods = h.podsOf('backup-job');
    h.eq(pods.length, 1, 'one pod');
    const pod = pods[0];
    h.assert(/^backup-job-[a-z0-9]{5}$/.test(pod.metadata.name), `pod name: ${pod.metadata.name}`);
    h.eq(pod.metadata.generateName, 'backup-job-', 'generateName');
    h.eq(h.find('Pod', 'backup-pod'), undefined, 'no pod named backup-pod');
    h.eq(h.events({ kind: 'Pod', name: pod.metadata.name }).filter((e) => ['Pulling', 'Pulled'].includes(e.reason)).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]), [
      [0, 'Pulling', 'Pulling image "your-backup-image:latest"'],
      [0, 'Pulled', 'Successfully pulled image "your-backup-image:latest" in 0s (0s including waiting)'],
    ], 'image pull events');
    h.eq([job.status.succeeded, h.sec(job.status.completionTime)], [1, 11], 'complete');
  },
};
