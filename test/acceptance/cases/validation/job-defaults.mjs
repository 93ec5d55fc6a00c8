// SetDefaults_Job and the pod-template defaults as the API server stores them.
export default {
  id: 'validation/job-defaults',
  source: 'pkg/apis/batch/v1/defaults.go SetDefaults_Job; pkg/apis/core/v1/defaults.go SetDefaults_PodSpec, SetDefaults_Container (imagePullPolicy Always for :latest or no tag); reference job-controller §1.1',
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: d
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: a, image: busybox}
      - {name: b, image: "busybox:latest"}
      - {name: c, image: "busybox:1.36"}
      - {name: d, image: "busybox@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}
      - {name: e, image: "localhost:5000/busybox"}
      - {name: f, image: "busybox:1.36", imagePullPolicy: Never}
`,
  check(r, h) {
    const j = h.job('d');
    const s = j.spec;
    h.eq([s.completions, s.parallelism, s.backoffLimit, s.completionMode, s.suspend, s.manualSelector, s.podReplacementPolicy], [1, 1, 6, 'NonIndexed', false, false, 'TerminatingOrFailed'], 'Job spec defaults');
    const ps = s.template.spec;
    h.eq([ps.terminationGracePeriodSeconds, ps.dnsPolicy, ps.schedulerName], [30, 'ClusterFirst', 'default-scheduler'], 'pod spec defaults');
    h.eq(ps.securityContext, {}, 'securityContext {}');
    h.eq(ps.containers.map((c) => c.imagePullPolicy), ['Always', 'Always', 'IfNotPresent', 'IfNotPresent', 'Always', 'Never'], 'imagePullPolicy by tag');
    h.eq(ps.containers.map((c) => [c.terminationMessagePath, c.terminationMessagePolicy]).every(([p, q]) => p === '/dev/termination-log' && q === 'File'), true, 'termination message defaults');
    h.eq(s.selector.matchLabels['batch.kubernetes.io/controller-uid'], j.metadata.uid, 'generated selector');
    const tl = s.template.metadata.labels;
    h.eq([tl['controller-uid'], tl['batch.kubernetes.io/controller-uid'], tl['job-name'], tl['batch.kubernetes.io/job-name']], [j.metadata.uid, j.metadata.uid, 'd', 'd'], 'generated template labels');
    const pod = h.podsOf('d')[0];
    h.eq(pod.spec.restartPolicy, 'Never', 'pod restartPolicy');
    h.eq(pod.spec.terminationGracePeriodSeconds, 30, 'pod terminationGracePeriodSeconds');
  },
};
