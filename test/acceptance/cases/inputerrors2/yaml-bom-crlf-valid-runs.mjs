// The same BOM + CRLF file without the bad field runs: the first key is `apiVersion`, not "\ufeffapiVersion".
export default {
  id: 'inputerrors2/yaml-bom-crlf-valid-runs',
  source: 'cli-runtime resource/visitor.go FileVisitor.Visit (BOM stripped before decoding)',
  scenario: '\ufeffapiVersion: batch/v1\r\nkind: Job\r\nmetadata: {name: j}\r\nspec:\r\n  template:\r\n    spec:\r\n      containers: [{name: c, image: busybox}]\r\n      restartPolicy: Never\r\n',
  check(r, h) {
    const j = h.job('j');
    h.hasCond(j, 'Complete');
    h.eq(h.sec(j.status.completionTime), 11, 'completionTime');
  },
};
