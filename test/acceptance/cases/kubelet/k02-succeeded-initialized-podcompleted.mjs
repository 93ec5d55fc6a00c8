// A Succeeded pod: GeneratePodInitializedCondition returns Initialized=True with reason PodCompleted
// ("If all init containers are known and succeeded, just return PodCompleted"), even without init
// containers; its lastTransitionTime stays the admission time (status unchanged: True -> True).
export default {
  id: 'kubelet/succeeded-initialized-podcompleted',
  source: 'pkg/kubelet/status/generate.go GeneratePodInitializedCondition (podPhase == Succeeded && no unknown -> True, Reason PodCompleted); status_manager.go updateLastTransitionTime (kept when status unchanged)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "20s" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.status.phase, 'Succeeded', 'phase');
    const c = h.anyCond(p, 'Initialized');
    h.eq([c.status, c.reason ?? null, c.message ?? null, h.sec(c.lastTransitionTime)], ['True', 'PodCompleted', null, 0], 'Initialized');
  },
};
