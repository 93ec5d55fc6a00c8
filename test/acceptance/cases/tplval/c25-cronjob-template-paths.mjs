export default {
  id: 'tplval/c25-cronjob-template-paths',
  // CronJob: pod template errors under spec.jobTemplate.spec.template
  source: "batch/validation ValidateCronJobSpec -> ValidateJobTemplateSpec -> validateJobSpec -> ValidatePodTemplateSpec; core validateContainerPorts, validateLivenessProbe",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: cj\nspec:\n  schedule: \"*/5 * * * *\"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n          - name: c\n            image: busybox\n            ports:\n            - {containerPort: 80, protocol: tcp}\n            livenessProbe: {exec: {command: [\"true\"]}, successThreshold: 2}\n",
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing simulated (stdout empty)');
    const probs = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+:\d+: /.test(l));
    const want = [
  [
    "16:35",
    "CronJob default/cj: spec.jobTemplate.spec.template.spec.containers[0].ports[0].protocol: Unsupported value: \"tcp\": supported values: \"SCTP\", \"TCP\", \"UDP\""
  ],
  [
    null,
    "CronJob default/cj: spec.jobTemplate.spec.template.spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1"
  ]
];
    for (const [pos, m] of want) {
      const hit = probs.find((l) => l.endsWith(m));
      h.assert(hit, `missing: ${m}\n got: ${JSON.stringify(probs)}`);
      if (pos) h.assert(new RegExp('\\.yaml:' + pos + ': ').test(hit), `position ${pos} for: ${hit}`);
    }
    h.eq(probs.length, want.length, `number of problems (${JSON.stringify(probs)})`);
  },
};
