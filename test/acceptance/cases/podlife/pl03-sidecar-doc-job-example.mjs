// Sidecar Containers "Jobs with sidecar containers": the page's job-sidecar.yaml, as written. The sidecar does not
// prevent the Job from completing: logshipper starts first (it is an init container), myjob after it; when myjob
// exits 0 at 10s the kubelet stops the sidecar (Killing at 10s, exit 143 "Error", which "should be generally
// ignored"), the pod is Succeeded and the Job Complete at 11s. Both images are alpine:latest, so imagePullPolicy
// defaults to Always and each container start pulls ("Pulling" then "Pulled"), logshipper's first.
export default {
  id: 'podlife/pl03-sidecar-doc-job-example',
  source: 'website content/en/docs/concepts/workloads/pods/sidecar-containers.md "Jobs with sidecar containers" (examples/application/job/job-sidecar.yaml) and "Differences from application containers" (non-zero sidecar exit codes on termination are normal); pkg/apis/core/v1/defaults.go SetDefaults_Container (:latest -> PullAlways); kuberuntime_termination_order.go; kubelet_pods.go getPhase (regular containers only)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: myjob
spec:
  template:
    spec:
      containers:
        - name: myjob
          image: alpine:latest
          command: ['sh', '-c', 'echo "logging" > /opt/logs.txt']
          volumeMounts:
            - name: data
              mountPath: /opt
      initContainers:
        - name: logshipper
          image: alpine:latest
          # Setting restartPolicy: Always makes this a sidecar container.
          restartPolicy: Always
          command: ['sh', '-c', 'tail -F /opt/logs.txt']
          volumeMounts:
            - name: data
              mountPath: /opt
      restartPolicy: Never
      volumes:
        - name: data
          emptyDir: {}
`,
  check(r, h) {
    const p = h.podsOf('myjob')[0];
    h.eq([p.spec.initContainers[0].imagePullPolicy, p.spec.containers[0].imagePullPolicy], ['Always', 'Always'], 'pull policy defaulted from :latest');
    // (the Pulled message is compared up to the image name: its duration and image size are a known difference)
    const kubelet = h.events({ kind: 'Pod', name: p.metadata.name }).filter((e) => e.source.component === 'kubelet')
      .map((e) => [h.sec(e.firstTimestamp), e.reason, e.involvedObject.fieldPath, e.reason === 'Pulled' ? e.message.slice(0, 42) : e.message]);
    h.eq(kubelet, [
      [0, 'Pulling', 'spec.initContainers{logshipper}', 'Pulling image "alpine:latest"'],
      [0, 'Pulled', 'spec.initContainers{logshipper}', 'Successfully pulled image "alpine:latest" '],
      [0, 'Created', 'spec.initContainers{logshipper}', 'Created container: logshipper'],
      [0, 'Started', 'spec.initContainers{logshipper}', 'Started container logshipper'],
      [0, 'Pulling', 'spec.containers{myjob}', 'Pulling image "alpine:latest"'],
      [0, 'Pulled', 'spec.containers{myjob}', 'Successfully pulled image "alpine:latest" '],
      [0, 'Created', 'spec.containers{myjob}', 'Created container: myjob'],
      [0, 'Started', 'spec.containers{myjob}', 'Started container myjob'],
      [10, 'Killing', 'spec.initContainers{logshipper}', 'Stopping container logshipper'],
    ], 'kubelet events');
    const side = p.status.initContainerStatuses[0].state.terminated;
    const main = p.status.containerStatuses[0].state.terminated;
    h.eq([main.exitCode, main.reason, h.sec(main.finishedAt)], [0, 'Completed', 10], 'myjob');
    h.eq([side.exitCode, side.reason, h.sec(side.finishedAt)], [143, 'Error', 10], 'logshipper');
    h.eq(p.status.phase, 'Succeeded', 'pod phase from the regular container');
    const j = h.job('myjob');
    h.eq([j.status.succeeded, j.status.failed ?? 0, h.sec(h.hasCond(j, 'Complete').lastTransitionTime)], [1, 0, 11], 'Job');
  },
};
