// imagePullPolicy Never: shouldPullImage returns false whatever the image's presence, so the kubelet never records
// Pulling/"Successfully pulled" for such a container: either 'Container image "x" already present on machine'
// (present) or Warning ErrImageNeverPull 'Container image "x" is not present with pull policy of Never' (absent).
// With a pull latency the Never container's image is not pulled (jobsim: present on every node, so "already
// present" when it starts; it once pulled every image of the pod, Never ones included). The IfNotPresent container of
// the same pod is pulled as usual.
export default {
  id: 'kubeevents/never-pull-policy-with-latency',
  source: 'pkg/kubelet/images/image_manager.go shouldPullImage (PullNever -> false) and EnsureImageExists (!shouldPull: present -> PulledImage "already present on machine", else ErrImageNeverPullPolicy "Container image %q is not present with pull policy of Never")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  latencies: { imagePull: 3s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      containers:
      - { name: local, image: local/app:1, imagePullPolicy: Never }
      - { name: remote, image: busybox:1.36, imagePullPolicy: IfNotPresent }
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const ev = (c) => h.events({ name: p.metadata.name }).filter((e) => e.involvedObject.fieldPath === `spec.containers{${c}}`);
    h.eq(ev('remote').slice(0, 2).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]),
      [[0, 'Pulling', 'Pulling image "busybox:1.36"'], [3, 'Pulled', 'Successfully pulled image "busybox:1.36" in 3s (3s including waiting)']], 'IfNotPresent container pulled');
    const local = ev('local');
    h.eq(local.filter((e) => e.reason === 'Pulling' || /Successfully pulled/.test(e.message)).map((e) => e.message), [], 'no pull for the Never container');
    const first = local[0];
    const ok = first && ((first.reason === 'Pulled' && first.message === 'Container image "local/app:1" already present on machine') ||
      (first.reason === 'ErrImageNeverPull' && first.type === 'Warning' && first.message === 'Container image "local/app:1" is not present with pull policy of Never'));
    h.assert(ok, `first event of the Never container: ${JSON.stringify(first && [first.reason, first.message])}`);
  },
};
