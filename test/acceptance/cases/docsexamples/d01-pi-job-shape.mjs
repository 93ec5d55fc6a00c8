// Job concept page, "Running an example Job" (controllers/job.yaml): `kubectl get job pi -o yaml` shows the defaults the
// API server adds (completionMode NonIndexed, completions 1, parallelism 1, suspend false, manualSelector false,
// podReplacementPolicy TerminatingOrFailed), the four generated labels on the Job and its template, a selector on
// batch.kubernetes.io/controller-uid only, and describe's single event "Created pod: pi-xxxxx". It "takes around 10s".
export default {
  id: 'docsexamples/d01-pi-job-shape',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#running-an-example-job (job.yaml); pkg/registry/batch/job/strategy.go generateSelector; pkg/apis/batch/v1/defaults.go SetDefaults_Job; reference job §1.1, §2.6 step 5, §11',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: pi
spec:
  template:
    spec:
      containers:
      - name: pi
        image: perl:5.34.0
        command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"]
      restartPolicy: Never
  backoffLimit: 4
`,
  check(r, h) {
    const job = h.job('pi');
    const uid = job.metadata.uid;
    const gen = { 'batch.kubernetes.io/controller-uid': uid, 'batch.kubernetes.io/job-name': 'pi', 'controller-uid': uid, 'job-name': 'pi' };
    const sorted = (o) => Object.fromEntries(Object.entries(o ?? {}).sort(([a], [b]) => a.localeCompare(b)));
    h.eq(sorted(job.metadata.labels), gen, 'Job labels');
    h.eq(sorted(job.spec.template.metadata.labels), gen, 'template labels');
    h.eq(job.spec.selector, { matchLabels: { 'batch.kubernetes.io/controller-uid': uid } }, 'selector');
    h.eq([job.spec.backoffLimit, job.spec.completionMode, job.spec.completions, job.spec.parallelism, job.spec.suspend, job.spec.manualSelector, job.spec.podReplacementPolicy],
      [4, 'NonIndexed', 1, 1, false, false, 'TerminatingOrFailed'], 'spec defaults');
    h.eq(job.spec.template.spec.containers[0].imagePullPolicy, 'IfNotPresent', 'imagePullPolicy of a tagged image');
    const pods = h.podsOf('pi');
    h.eq(pods.length, 1, 'one pod');
    h.assert(/^pi-[a-z0-9]{5}$/.test(pods[0].metadata.name), `pod name ${pods[0].metadata.name}`);
    h.eq(pods[0].metadata.generateName, 'pi-', 'generateName');
    h.eq(sorted(pods[0].metadata.labels), gen, 'pod labels');
    h.eq(h.events({ kind: 'Job', name: 'pi' }).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message, e.source.component]), [
      [0, 'Normal', 'SuccessfulCreate', `Created pod: ${pods[0].metadata.name}`, 'job-controller'],
      [11, 'Normal', 'Completed', 'Job completed', 'job-controller']], 'Job events');
    h.eq([h.sec(job.status.startTime), h.sec(job.status.completionTime), job.status.succeeded, job.status.failed ?? 0, job.status.active ?? 0], [0, 11, 1, 0, 0], 'Pods Statuses / times');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods', 11],
      ['Complete', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods', 11]], 'conditions');
  },
};
