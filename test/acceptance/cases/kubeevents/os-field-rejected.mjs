// spec.os.name: windows on Linux nodes: the scheduler has no OS filter and binds the pod, but the kubelet's
// predicate admission rejects it before any resource check (rejectPodAdmissionBasedOnOSField: pod OS != runtime.GOOS):
// Warning PodOSNotSupported "Failed to admit pod as the OS field doesn't match node OS", the pod Failed with reason
// PodOSNotSupported and message "Pod was rejected: ..." and no container ever created. backoffLimit 0: the Job fails.
// (jobsim once ran the pod to completion.)
export default {
  id: 'kubeevents/os-field-rejected',
  source: 'pkg/kubelet/lifecycle/predicate.go predicateAdmitHandler.Admit (rejectPodAdmissionBasedOnOSField -> Reason PodOSNotSupported, Message "Failed to admit pod as the OS field doesn\'t match node OS"); kubelet.go HandlePodAdditions (every pod is admitted) and rejectPod ("Pod was rejected: "+message)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
---
apiVersion: batch/v1
kind: Job
metadata: { name: win }
spec:
  backoffLimit: 0
  template:
    spec:
      os: { name: windows }
      containers: [{ name: main, image: mcr.microsoft.com/windows/nanoserver:ltsc2022 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('win')[0];
    const msg = "Failed to admit pod as the OS field doesn't match node OS";
    h.eq(h.events({ name: p.metadata.name }).filter((e) => e.source.component === 'kubelet').map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message]),
      [[0, 'Warning', 'PodOSNotSupported', msg]], 'kubelet events');
    h.eq([p.status.phase, p.status.reason, p.status.message], ['Failed', 'PodOSNotSupported', `Pod was rejected: ${msg}`], 'pod status');
    h.hasCond(h.job('win'), 'Failed', 'BackoffLimitExceeded');
  },
};
