// Without a class and without a global default the admission computes PreemptLowerPriority, so a
// template asking for preemptionPolicy Never is refused (the policy can only come from a class).
export default {
  id: 'prio/adm-policy-never-without-class',
  source: 'plugin/pkg/admission/priority/admission.go getDefaultPriority (no default class: "", 0, &PreemptLowerPriority); admitPod ("the string value of PreemptionPolicy (%s) must not be provided in pod spec; priority admission controller computed %s from the given PriorityClass name")',
  args: ['--duration', '1s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: polite }
spec:
  template:
    spec:
      preemptionPolicy: Never
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const fc = h.events({ kind: 'Job', name: 'polite' });
    h.eq(fc.map((e) => [h.sec(e.firstTimestamp), e.reason]), [[0, 'FailedCreate'], [1, 'FailedCreate']], 'events');
    h.eq(fc[0].message, 'Error creating: pods "polite-" is forbidden: the string value of PreemptionPolicy (Never) must not be provided in pod spec; priority admission controller computed PreemptLowerPriority from the given PriorityClass name', 'message');
    h.eq(h.podsOf('polite').length, 0, 'no pod');
  },
};
