export default {
  id: 'tplval/d06-dnsconfig-searches-limit',
  // dnsConfig.searches: at most 32 search paths
  source: "validation.go validatePodDNSConfig: len(Searches) > MaxDNSSearchPaths (32) -> field.Invalid(searches, dnsConfig.Searches, \"must not have more than 32 search paths\")",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: dnss\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      dnsConfig:\n        searches: [s0.example.com, s1.example.com, s2.example.com, s3.example.com, s4.example.com, s5.example.com, s6.example.com, s7.example.com, s8.example.com, s9.example.com, s10.example.com, s11.example.com, s12.example.com, s13.example.com, s14.example.com, s15.example.com, s16.example.com, s17.example.com, s18.example.com, s19.example.com, s20.example.com, s21.example.com, s22.example.com, s23.example.com, s24.example.com, s25.example.com, s26.example.com, s27.example.com, s28.example.com, s29.example.com, s30.example.com, s31.example.com, s32.example.com]\n      containers:\n      - name: c\n        image: busybox\n",
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing simulated (stdout empty)');
    const probs = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+:\d+: /.test(l));
    const want = [
  [
    null,
    "Job default/dnss: spec.template.spec.dnsConfig.searches: Invalid value: []string{\"s0.example.com\", \"s1.example.com\", \"s2.example.com\", \"s3.example.com\", \"s4.example.com\", \"s5.example.com\", \"s6.example.com\", \"s7.example.com\", \"s8.example.com\", \"s9.example.com\", \"s10.example.com\", \"s11.example.com\", \"s12.example.com\", \"s13.example.com\", \"s14.example.com\", \"s15.example.com\", \"s16.example.com\", \"s17.example.com\", \"s18.example.com\", \"s19.example.com\", \"s20.example.com\", \"s21.example.com\", \"s22.example.com\", \"s23.example.com\", \"s24.example.com\", \"s25.example.com\", \"s26.example.com\", \"s27.example.com\", \"s28.example.com\", \"s29.example.com\", \"s30.example.com\", \"s31.example.com\", \"s32.example.com\"}: must not have more than 32 search paths"
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
