// Seed 000: "the CronJob controller creates a new Job object, which in turn creates the Pod(s)": the Job is
// controlled by the CronJob and the pod by the Job (controller + blockOwnerDeletion), the pod is named <job>-xxxxx,
// carries the generated labels and the template's container as given (IfNotPresent: image already present).
export default {
  id: 'seeds/s000-hello-owner-chain',
  source: 'cronjob_controllerv2.go getJobFromTemplate2 (OwnerReferences: NewControllerRef); job_controller.go manageJob/podControl.CreatePodsWithGenerateName; kubelet images.EnsureImageExists ("Container image %q already present on machine"); reference job §12',
  args: ['--duration', '1m30s'],
  scenario: `
# Example CronJob manifest to run every minute
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hello
spec:
  schedule: "*/1 * * * *" # Cron syntax
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
            - date; echo "Hello from Kubernetes"
          restartPolicy: OnFailure
`,
  check(r, h) {
    const cj = h.cronjob('hello');
    const job = h.job('hello-29453761');
    h.eq(job.metadata.ownerReferences, [{ apiVersion: 'batch/v1', kind: 'CronJob', name: 'hello', uid: cj.metadata.uid, controller: true, blockOwnerDeletion: true }], 'Job ownerReferences');
    const pods = h.podsOf('hello-29453761');
    h.eq(pods.length, 1, 'one pod');
    const pod = pods[0];
    h.assert(/^hello-29453761-[a-z0-9]{5}$/.test(pod.metadata.name), `pod name ${pod.metadata.name}`);
    h.eq(pod.metadata.generateName, 'hello-29453761-', 'generateName');
    h.eq(pod.metadata.ownerReferences, [{ apiVersion: 'batch/v1', kind: 'Job', name: 'hello-29453761', uid: job.metadata.uid, controller: true, blockOwnerDeletion: true }], 'pod ownerReferences');
    h.eq(pod.metadata.labels, {
      'controller-uid': job.metadata.uid, 'batch.kubernetes.io/controller-uid': job.metadata.uid,
      'job-name': 'hello-29453761', 'batch.kubernetes.io/job-name': 'hello-29453761',
    }, 'pod labels');
    const c = pod.spec.containers[0];
    h.eq([c.name, c.image, c.imagePullPolicy, c.command], ['hello', 'busybox:1.28', 'IfNotPresent', ['/bin/sh', '-c', 'date; echo "Hello from Kubernetes"']], 'container as given');
    h.eq(pod.spec.restartPolicy, 'OnFailure', 'restartPolicy');
    const pulled = h.events({ reason: 'Pulled', kind: 'Pod', name: pod.metadata.name });
    h.eq(pulled.map((e) => [h.sec(e.firstTimestamp), e.message]), [[60, 'Container image "busybox:1.28" already present on machine']], 'Pulled event');
    h.eq(h.events({ reason: 'Pulling', kind: 'Pod' }).length, 0, 'no pull for IfNotPresent');
    h.eq(h.events({ reason: 'Started', kind: 'Pod', name: pod.metadata.name }).map((e) => e.message), ['Started container hello'], 'Started');
  },
};
