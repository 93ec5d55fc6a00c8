// Values the template sets are kept on the pod: serviceAccountName (mirrored into serviceAccount),
// enableServiceLinks false, terminationGracePeriodSeconds, dnsPolicy, schedulerName default-scheduler only when unset.
export default {
  id: 'podstatus/explicit-pod-spec-kept',
  source: 'pkg/apis/core/v1/defaults.go SetDefaults_Pod/SetDefaults_PodSpec (only when unset); plugin/pkg/admission/serviceaccount/admission.go (keeps a set name); conversion.go (DeprecatedServiceAccount = ServiceAccountName)',
  args: ['--duration', '1s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: sa }
spec:
  template:
    spec:
      serviceAccountName: builder
      enableServiceLinks: false
      terminationGracePeriodSeconds: 5
      dnsPolicy: Default
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const s = h.podsOf('sa')[0].spec;
    h.eq([s.serviceAccountName, s.serviceAccount, s.enableServiceLinks, s.terminationGracePeriodSeconds, s.dnsPolicy, s.schedulerName],
      ['builder', 'builder', false, 5, 'Default', 'default-scheduler'], '[serviceAccountName, serviceAccount, enableServiceLinks, tgps, dnsPolicy, schedulerName]');
    h.eq(s.volumes.length, 1, 'token volume still mounted');
  },
};
