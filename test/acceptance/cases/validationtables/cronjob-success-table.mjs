// TestValidateCronJob successCases: "* * * * ?", a hostNetwork template with a container port,
// "@hourly", and timeZone Europe/Rome are all accepted; concurrencyPolicy "" is defaulted to Allow
// (SetDefaults_CronJob), so the "spec.concurrencyPolicy: Required value" entry is unreachable through the API.
const T = (name, extra = '', schedule = '"* * * * ?"', ps = '') => `apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${name}
spec:
  schedule: ${schedule}
${extra}  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
${ps}          containers: [{name: abc, image: image, ports: [{containerPort: 12345, protocol: TCP}]}]
`;
export default {
  id: 'validationtables/cronjob-success-table',
  source: 'pkg/apis/batch/validation/validation_test.go TestValidateCronJob successCases ("basic scheduled job", "hostnet job", "non-standard scheduled", "correct timeZone value"); batch/v1 defaults.go SetDefaults_CronJob (ConcurrencyPolicy "" -> Allow)',
  args: ['--duration', '61m30s'],
  scenario: [
    T('basic'),
    T('hostnet', '', '"* * * * ?"', '          hostNetwork: true\n'),
    T('hourly', '', '"@hourly"'),
    T('rome', '  timeZone: Europe/Rome\n', '"0 * * * *"'),
    T('cp-empty', '  concurrencyPolicy: ""\n', '"0 * * * *"'),
  ].join('---\n'),
  check(r, h) {
    for (const n of ['basic', 'hostnet', 'hourly', 'rome', 'cp-empty']) h.cronjob(n);
    h.eq(h.cronjob('cp-empty').spec.concurrencyPolicy, 'Allow', 'empty concurrencyPolicy defaulted to Allow');
    h.eq(h.cronjob('rome').spec.timeZone, 'Europe/Rome', 'timeZone kept');
    h.eq(h.jobsOf('hourly').length, 1, '@hourly: one Job in 61 minutes');
    h.eq(h.jobsOf('rome').length, 1, 'rome: one Job at the top of the hour');
    h.eq(h.jobsOf('basic').length, 61, '"* * * * ?": one Job a minute');
    const hp = h.podsOf(h.jobsOf('hostnet')[0].metadata.name)[0];
    h.eq(hp.spec.hostNetwork, true, 'hostNetwork pod');
  },
};
