// kubectl reads files through a BOM-stripping UTF-8 decoder (FileVisitor: unicode.BOMOverride), and YAML
// line breaks may be CRLF: a file with a UTF-8 BOM and CRLF endings is the same manifest, and a problem
// in it is reported at its own line and column (the BOM takes no column, \r starts no line).
export default {
  id: 'inputerrors2/yaml-bom-crlf-positions',
  source: 'cli-runtime resource/visitor.go FileVisitor.Visit (unicode.BOMOverride(unicode.UTF8.NewDecoder())); YAML 1.1 line breaks; CONTRACT.md §1 (FILE:LINE:COL)',
  exit: 2,
  scenario: '\ufeffapiVersion: batch/v1\r\nkind: Job\r\nmetadata: {name: j}\r\nspec:\r\n  parallelism: -1\r\n  template:\r\n    spec:\r\n      containers: [{name: c, image: busybox}]\r\n      restartPolicy: Never\r\n',
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, ['5:3: Job default/j: spec.parallelism: Invalid value: -1: must be greater than or equal to 0'], 'one problem at 5:3');
  },
};
