export default {
  id: 'tplval/d07-dnsconfig-search-invalid-domain',
  // dnsConfig.searches entries must be DNS subdomains (underscore allowed with RelaxedDNSSearchValidation)
  source: "validation.go validatePodDNSConfig: ValidateDNS1123SubdomainWithUnderScore(strings.TrimSuffix(search, \".\")) per entry (AllowRelaxedDNSSearchValidation); \".\" skipped",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: dnsd\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      dnsConfig:\n        searches: [\".\", _srv.example.com., \"bad..domain\"]\n      containers:\n      - name: c\n        image: busybox\n",
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing simulated (stdout empty)');
    const probs = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+:\d+: /.test(l));
    const want = [
  [
    null,
    "Job default/dnsd: spec.template.spec.dnsConfig.searches[2]: Invalid value: \"bad..domain\": "
  ]
];
    for (const [pos, m] of want) {
      const hit = probs.find((l) => l.includes(m));
      h.assert(hit, `missing: ${m}\n got: ${JSON.stringify(probs)}`);
      if (pos) h.assert(new RegExp('\\.yaml:' + pos + ': ').test(hit), `position ${pos} for: ${hit}`);
    }
    h.eq(probs.length, want.length, `number of problems (${JSON.stringify(probs)})`);
  },
};
