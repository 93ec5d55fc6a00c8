// a (OnFailure) and b (none, pod Never), exits 1, 1, 0: only a is started again (10s, and 30s after its back-off)
// and only a gets BackOff (20s); b was started once. Pod Failed at 40s (b failed), Ready False since 10s.
export default {
  id: 'crr2/events-only-for-restarting-container',
  source: 'kuberuntime computePodActions (ContainersToStart: only containers that should restart); doBackOff (BackOff for that container); getPhase',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: ab}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1,1,0"}}
    spec:
      restartPolicy: Never
      containers:
      - name: a
        image: busybox:1.36
        restartPolicy: OnFailure
      - name: b
        image: busybox:1.36
`,
  check(r, h) {
    const p = h.podsOf('ab')[0];
    const ev = (reason) => h.events({ kind: 'Pod', name: p.metadata.name, reason }).map((e) => [h.sec(e.firstTimestamp), e.message.split(' in pod')[0]]);
    h.eq(ev('Started'), [[0, 'Started container a'], [0, 'Started container b'], [10, 'Started container a'], [30, 'Started container a']], 'Started');
    h.eq(ev('Created'), [[0, 'Created container: a'], [0, 'Created container: b'], [10, 'Created container: a'], [30, 'Created container: a']], 'Created');
    h.eq(ev('BackOff'), [[20, 'Back-off restarting failed container a']], 'BackOff');
    h.eq(ev('Killing'), [], 'Killing');
    h.eq(p.status.phase, 'Failed', 'phase');
  },
};
