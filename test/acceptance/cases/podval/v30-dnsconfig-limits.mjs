// dnsconfig-limits
export default {
  id: 'podval/dnsconfig-limits',
  source: "validation.go validatePodDNSConfig (MaxDNSNameservers, IsValidIP, option name required)",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata: {name: dnc}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      dnsConfig:\n        nameservers: [1.1.1.1, 2.2.2.2, 3.3.3.3, foo]\n        options: [{value: \"1\"}]\n      containers:\n      - name: c\n        image: busybox\n",
  check(r, h) {
    const lines = r.stderr.split('\n').filter(Boolean);
    const jobs = {
      "Job default/dnc": [
        "spec.template.spec.dnsConfig.nameservers: Invalid value: []string{\"1.1.1.1\", \"2.2.2.2\", \"3.3.3.3\", \"foo\"}: must not have more than 3 nameservers",
        "spec.template.spec.dnsConfig.nameservers[3]: Invalid value: \"foo\": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)",
        "spec.template.spec.dnsConfig.options[0]: Required value: must not be empty"
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
