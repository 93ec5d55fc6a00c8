// In go-yaml v2's scanner (libyaml port) a tab is skipped as white space only where no simple key may
// start: yaml_parser_fetch_block_entry sets simple_key_allowed = true after `-`, and
// yaml_parser_scan_to_next_token eats '\t' only if flow_level > 0 || !simple_key_allowed. So `-<TAB>hello`
// stops at the tab: "yaml: line 11: found character that cannot start any token" (kubectl: error parsing
// FILE: error converting YAML to JSON: ...). (jobsim once accepted the item.)
// (A tab after `key:` is fine in go-yaml: robust2/yaml-tab-separators-accepted.)
export default {
  id: 'robust2/tab-after-sequence-dash-refused',
  source: 'gopkg.in/yaml.v2 scannerc.go yaml_parser_fetch_block_entry ("Simple keys are allowed after \'-\'": simple_key_allowed = true) and yaml_parser_scan_to_next_token (tabs eaten only if flow_level > 0 || !simple_key_allowed)',
  exit: 2,
  scenario: 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: a}\nspec:\n  template:\n    spec:\n      containers:\n      - name: c\n        image: busybox\n        args:\n        -\thello\n      restartPolicy: Never\n',
  check(r, h) {
    h.eq(r.stdout, '', 'stdout');
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines.length, 1, `one problem: ${r.stderr}`);
    h.assert(/^11:\d+: yaml: .*(cannot start any token|[Tt]ab)/.test(lines[0]), lines[0]);
  },
};
