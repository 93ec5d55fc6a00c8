// Pods created by the Job controller carry the Pod-only defaults (SetDefaults_Pod: enableServiceLinks true)
// and the admission defaults (DefaultTolerationSeconds 300s, priority 0, preemptionPolicy PreemptLowerPriority).
export default {
  id: 'validation/pod-defaults',
  source: 'pkg/apis/core/v1/defaults.go SetDefaults_Pod (EnableServiceLinks = DefaultEnableServiceLinks); plugin/pkg/admission/defaulttolerationseconds; Priority admission',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: pd}
spec:
  template:
    spec:
      restartPolicy: OnFailure
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const p = h.podsOf('pd')[0];
    h.eq(p.spec.restartPolicy, 'OnFailure', 'restartPolicy');
    h.eq([p.spec.priority, p.spec.preemptionPolicy], [0, 'PreemptLowerPriority'], 'priority admission');
    h.eq(p.spec.tolerations, [
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    ], 'DefaultTolerationSeconds');
    h.eq(p.spec.enableServiceLinks, true, 'enableServiceLinks defaulted on the pod');
    h.eq(h.job('pd').spec.template.spec.enableServiceLinks, undefined, 'not on the template');
  },
};
