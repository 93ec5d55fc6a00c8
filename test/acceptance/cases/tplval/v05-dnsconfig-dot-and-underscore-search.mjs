export default {
  id: 'tplval/v05-dnsconfig-dot-and-underscore-search',
  // dnsConfig searches "." and an underscore domain are accepted (RelaxedDNSSearchValidation)
  source: "validation.go validatePodDNSConfig (AllowRelaxedDNSSearchValidation: \".\" skipped, ValidateDNS1123SubdomainWithUnderScore)",
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: dnsok\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      dnsConfig:\n        searches: [\".\", _sip._tcp.example.com]\n        options: [{name: ndots, value: \"2\"}]\n      containers:\n      - name: c\n        image: busybox\n",
  check(r, h) {
    const j = h.job('dnsok'); h.assert(j.status && (j.status.succeeded === 1), 'job dnsok succeeded: ' + JSON.stringify(j.status));
  },
};
