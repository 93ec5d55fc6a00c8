// faults evictPod NS/NAME: team/j-bn7wn (seed 1's first pod name) is evicted at 30s: DisruptionTarget
// EvictionByEvictionAPI, deletion with the 30s grace (deletionTimestamp 60s), Killing at 30s, replacement after the
// 10s backoff at 40s. "j-bn7wn" alone means default/j-bn7wn, and other/j-bn7wn: both missing, warned on stderr.
export default {
  id: 'namespaces/ns16-evictpod-namespaced',
  source: 'README faults (evictPod: default/etl-x7k2p, "A fault that names an object that does not exist ... warning"); registry/core/pod/storage/eviction.go (DisruptionTarget EvictionByEvictionAPI)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: e}
spec:
  duration: 3m
  faults:
  - {at: 30s, evictPod: team/j-bn7wn}
  - {at: 40s, evictPod: j-bn7wn}
  - {at: 50s, evictPod: other/j-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j, namespace: team}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.get('Pod', 'j-bn7wn', 'team');
    const dt = h.anyCond(p, 'DisruptionTarget');
    h.eq([dt?.status, dt?.reason, dt?.message, h.sec(dt?.lastTransitionTime)], ['True', 'EvictionByEvictionAPI', 'Eviction API: evicting', 30], 'DisruptionTarget');
    h.eq(h.sec(p.metadata.deletionTimestamp), 60, 'deletionTimestamp = 30s + grace 30');
    const k = r.events.find((e) => e.reason === 'Killing');
    h.eq([h.sec(k.firstTimestamp), k.involvedObject.namespace, k.involvedObject.name], [30, 'team', 'j-bn7wn'], 'Killing');
    const creates = r.events.filter((e) => e.reason === 'SuccessfulCreate').map((e) => [h.sec(e.firstTimestamp), e.involvedObject.namespace]);
    h.eq(creates, [[0, 'team'], [40, 'team']], 'creates');
    h.eq(h.of('Pod').length, 2, 'two pods, no pod in default or other');
  },
};
