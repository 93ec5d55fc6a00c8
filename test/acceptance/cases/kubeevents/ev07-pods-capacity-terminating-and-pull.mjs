// A node that holds one pod, pull latency 5s. a is admitted and pulls (Pulling +0s, Pulled +5s); b, created with it,
// is rejected OutOfpods at +0s and never pulls. a is deleted at +30s and ignores SIGTERM, so it stays until its SIGKILL
// at +60s: c, created at +40s, is rejected OutOfpods "used: 1". d, created at +70s once a is gone, is admitted and
// pulls its image (Pulling +70s, "in 5s" at +75s).
export default {
  id: 'kubeevents/ev07-pods-capacity-terminating-and-pull',
  source: 'pkg/kubelet/kubelet_pods.go filterOutInactivePods (a terminating pod stays active); noderesources fitsRequest (pods: len(nodeInfo.Pods)+1 > allowed); lifecycle/predicate.go Admit (OutOfpods); kubelet.go rejectPod (rejected before any sync: no image pull); images/image_manager.go EnsureImageExists',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 3m
  latencies: { imagePull: 5s }
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 1 } }
  timeline:
  - { at: 30s, delete: { kind: Job, name: a } }
  - at: 40s
    create: { apiVersion: batch/v1, kind: Job, metadata: { name: c }, spec: { backoffLimit: 0, template: { spec: { nodeName: w-1, restartPolicy: Never, containers: [{ name: main, image: "app:1" }] } } } }
  - at: 70s
    create: { apiVersion: batch/v1, kind: Job, metadata: { name: d }, spec: { template: { spec: { nodeName: w-1, restartPolicy: Never, containers: [{ name: main, image: "app:2" }] } } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: a }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h", jobsim/on-sigterm: ignore } }
    spec:
      nodeName: w-1
      containers: [{ name: main, image: "app:1" }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: b }
spec:
  backoffLimit: 0
  template:
    spec:
      nodeName: w-1
      containers: [{ name: main, image: "app:1" }]
      restartPolicy: Never
`,
  check(r, h) {
    const ev = (job) => h.events({ name: h.podsOf(job)[0].metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.reason]);
    h.eq(ev('a'), [[0, 'Pulling'], [5, 'Pulled'], [5, 'Created'], [5, 'Started'], [30, 'Killing']], 'a');
    const msg = "Node didn't have enough resource: pods, requested: 1, used: 1, capacity: 1";
    h.eq(h.events({ name: h.podsOf('b')[0].metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]), [[0, 'OutOfpods', msg]], 'b rejected, no pull');
    h.eq(h.events({ name: h.podsOf('c')[0].metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]), [[40, 'OutOfpods', msg]], 'c rejected while a terminates');
    const a = h.podsOf('a')[0].status.containerStatuses[0].state.terminated;
    h.eq([a.exitCode, h.sec(a.finishedAt)], [137, 60], 'a SIGKILLed');
    const d = h.events({ name: h.podsOf('d')[0].metadata.name });
    h.eq(d.map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]), [
      [70, 'Pulling', 'Pulling image "app:2"'], [75, 'Pulled', 'Successfully pulled image "app:2" in 5s (5s including waiting)'],
      [75, 'Created', 'Created container: main'], [75, 'Started', 'Started container main']], 'd admitted after a is gone');
  },
};
