// Tabs where go-yaml v2 allows them: after the `:` of a simple key (fetch_value sets
// simple_key_allowed = false, so scan_to_next_token eats the tab), before a comment after a value, and
// trailing after a plain scalar. The Job runs with parallelism 2 and completions 2.
export default {
  id: 'robust2/yaml-tab-separators-accepted',
  source: 'gopkg.in/yaml.v2 scannerc.go yaml_parser_fetch_value (simple key: "A simple key cannot follow another simple key", simple_key_allowed = false) and yaml_parser_scan_to_next_token',
  scenario: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name:\ttabs\nspec:\n  parallelism:\t2\t# two at once\n  completions: 2\t\n  template:\n    spec:\n      containers: [{name: c,\timage: busybox}]\n      restartPolicy: Never\n',
  check(r, h) {
    const j = h.job('tabs');
    h.eq([j.spec.parallelism, j.spec.completions], [2, 2], 'parallelism, completions');
    h.eq(j.spec.template.spec.containers[0].image, 'busybox', 'image (no tab kept)');
    h.eq(h.sec(j.status.completionTime), 11, 'completionTime');
  },
};
