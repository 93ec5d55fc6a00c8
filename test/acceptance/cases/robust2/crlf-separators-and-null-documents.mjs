// CRLF files split into documents like LF files (LineReader uses bufio.ReadLine, which drops "\r\n"):
// `--- # comment`, a `...` end marker, and documents that are `null` or `~` (StreamVisitor skips a raw
// document equal to "null") are no objects. Both Jobs run.
export default {
  id: 'robust2/crlf-separators-and-null-documents',
  source: 'apimachinery util/yaml decoder.go YAMLReader.Read/LineReader.Read; cli-runtime resource/visitor.go StreamVisitor.Visit (`bytes.Equal(ext.Raw, []byte("null"))` -> continue)',
  scenario: 'null\r\n---\r\napiVersion: batch/v1\r\nkind: Job\r\nmetadata: {name: a}\r\nspec:\r\n  template:\r\n    spec:\r\n      containers: [{name: c, image: busybox}]\r\n      restartPolicy: Never\r\n--- # second\r\napiVersion: batch/v1\r\nkind: Job\r\nmetadata: {name: b}\r\nspec:\r\n  template:\r\n    spec:\r\n      containers: [{name: c, image: busybox}]\r\n      restartPolicy: Never\r\n...\r\n---\r\n~\r\n',
  check(r, h) {
    h.eq(h.of('Job').map((j) => j.metadata.name), ['a', 'b'], 'Jobs');
    h.hasCond(h.job('a'), 'Complete');
    h.hasCond(h.job('b'), 'Complete');
    h.eq(r.counts.Job, 2, 'counts.Job');
  },
};
