// dnspolicy-none
export default {
  id: 'podval/dnspolicy-none',
  source: "validation.go validatePodDNSConfig (dnsPolicy None requires dnsConfig and a nameserver)",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata: {name: dn1}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      dnsPolicy: None\n      containers:\n      - name: c\n        image: busybox\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: dn2}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      dnsPolicy: None\n      dnsConfig: {searches: [example.com]}\n      containers:\n      - name: c\n        image: busybox\n",
  check(r, h) {
    const lines = r.stderr.split('\n').filter(Boolean);
    const jobs = {
      "Job default/dn1": [
        "spec.template.spec.dnsConfig: Required value: must provide `dnsConfig` when `dnsPolicy` is None"
      ],
      "Job default/dn2": [
        "spec.template.spec.dnsConfig.nameservers: Required value: must provide at least one DNS nameserver when `dnsPolicy` is None"
      ]
    };
    for (const [kind_name, want] of Object.entries(jobs)) {
      const mine = lines.filter((l) => l.includes(` ${kind_name}: `));
      for (const m of want) {
        if (Array.isArray(m)) {
          const [pre, suf] = m;
          h.assert(mine.some((l) => l.includes(`${kind_name}: ${pre}`) && l.endsWith(suf)), `missing line ${kind_name}: ${pre}...${suf}; got ${JSON.stringify(mine)}`);
        } else {
          h.assert(mine.some((l) => l.endsWith(`${kind_name}: ${m}`)), `missing line ${kind_name}: ${m}; got ${JSON.stringify(mine)}`);
        }
      }
      h.eq(mine.length, want.length, `number of problems for ${kind_name} (${JSON.stringify(mine)})`);
    }
    h.eq(r.stdout.trim(), '', 'nothing on stdout');
  },
};
