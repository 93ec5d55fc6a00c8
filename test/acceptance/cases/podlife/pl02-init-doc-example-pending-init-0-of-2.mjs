// Init Containers "Init containers in use": the myapp-pod example as a Job's template, while its images are still
// being pulled (30s pull, run cut at 16s). As the page's `kubectl describe` shows: Status Pending, both init
// containers and the app container Waiting with reason PodInitializing, not Ready; Initialized is False with
// "containers with incomplete status: [init-myservice init-mydb]" (kubectl get shows Init:0/2); PodScheduled is True
// and PodReadyToStartContainers False (1.33-1.35: the kubelet's status was written before its first runtime SyncPod,
// which is still pulling; the page's describe output predates the condition), the Job counts the pod active and not
// ready.
export default {
  id: 'podlife/pl02-init-doc-example-pending-init-0-of-2',
  source: 'website content/en/docs/concepts/workloads/pods/init-containers.md "Init containers in use" (myapp.yaml, Init:0/2, describe output) and "Detailed behavior" (A Pod that is initializing is in the Pending state); kubelet_pods.go convertToAPIContainerStatuses (PodInitializing default waiting reason for pods with init containers); pkg/kubelet/status/generate.go GeneratePodInitializedCondition ("containers with incomplete status: %s"), GeneratePodReadyToStartContainersCondition; pkg/kubelet/kubelet.go SyncPod (SetPodStatus before containerRuntime.SyncPod)',
  args: ['--duration', '16s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: myapp}
spec:
  latencies: {imagePull: 30s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: myapp}
spec:
  template:
    metadata:
      labels: {app: myapp}
    spec:
      containers:
      - name: myapp-container
        image: busybox:1.28
        command: ['sh', '-c', 'echo The app is running! && sleep 3600']
      initContainers:
      - name: init-myservice
        image: busybox:1.28
        command: ['sh', '-c', "until nslookup myservice.$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local; do echo waiting for myservice; sleep 2; done"]
      - name: init-mydb
        image: busybox:1.28
        command: ['sh', '-c', "until nslookup mydb.$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local; do echo waiting for mydb; sleep 2; done"]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('myapp')[0];
    h.eq(p.status.phase, 'Pending', 'phase');
    const st = (c) => [c.name, c.ready, c.restartCount, c.state];
    h.eq(p.status.initContainerStatuses.map(st), [
      ['init-myservice', false, 0, { waiting: { reason: 'PodInitializing' } }],
      ['init-mydb', false, 0, { waiting: { reason: 'PodInitializing' } }],
    ], 'init container statuses');
    h.eq(p.status.containerStatuses.map(st), [['myapp-container', false, 0, { waiting: { reason: 'PodInitializing' } }]], 'app container status');
    const c = (t) => { const x = h.anyCond(p, t); return [x.status, x.reason ?? null, x.message ?? null]; };
    h.eq(c('Initialized'), ['False', 'ContainersNotInitialized', 'containers with incomplete status: [init-myservice init-mydb]'], 'Initialized');
    h.eq(c('Ready'), ['False', 'ContainersNotReady', 'containers with unready status: [myapp-container]'], 'Ready');
    h.eq([c('PodScheduled')[0], c('PodReadyToStartContainers')[0]], ['True', 'False'], 'scheduled, sandbox not yet reported');
    h.eq(h.events({ kind: 'Pod', reason: 'Started' }).length, 0, 'nothing started yet');
    const j = h.job('myapp');
    h.eq([j.status.active, j.status.ready], [1, 0], 'Job active/ready');
  },
};
