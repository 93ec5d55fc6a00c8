// Task "Job with Pod-to-Pod Communication" (the Job part; the headless Service is outside jobsim's kinds): an Indexed Job
// with subdomain headless-svc: pods get hostname example-job-<i> and keep subdomain headless-svc, so
// example-job-<i>.headless-svc resolves; bash:latest is pulled every time (imagePullPolicy Always by default for :latest).
export default {
  id: 'docsexamples/d23-pod-to-pod-subdomain',
  source: 'kubernetes.io/docs/tasks/job/job-with-pod-to-pod-communication/; pkg/apis/core/v1/defaults.go SetDefaults_Container (imagePullPolicy Always for :latest); indexed_job_utils.go hostname',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: example-job
spec:
  completions: 3
  parallelism: 3
  completionMode: Indexed
  template:
    spec:
      subdomain: headless-svc # has to match Service name
      restartPolicy: Never
      containers:
      - name: example-workload
        image: bash:latest
        command:
        - bash
        - -c
        - |
          for i in 0 1 2
          do
            echo "Successfully pinged pod: example-job-\${i}.headless-svc"
          done
`,
  check(r, h) {
    const pods = h.podsOf('example-job');
    h.eq(pods.map((p) => [p.spec.hostname, p.spec.subdomain, p.spec.containers[0].imagePullPolicy]).sort(), [
      ['example-job-0', 'headless-svc', 'Always'], ['example-job-1', 'headless-svc', 'Always'], ['example-job-2', 'headless-svc', 'Always']], 'hostname, subdomain, pull policy');
    h.eq(h.events({ kind: 'Pod', reason: 'Pulling' }).map((e) => e.message), Array(3).fill('Pulling image "bash:latest"'), 'pulling events');
    h.eq(h.job('example-job').status.completedIndexes, '0-2', 'completed');
  },
};
