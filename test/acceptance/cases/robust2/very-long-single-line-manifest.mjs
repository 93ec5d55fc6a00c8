// A whole Job on one 200 KB line (flow style, with a 200,000-byte annotation, under the 256 KiB total):
// kubectl's LineReader joins bufio's partial reads (isPrefix) into one line, so length is no limit. The
// Job runs and keeps the annotation intact.
const big = 'z'.repeat(200000);
export default {
  id: 'robust2/very-long-single-line-manifest',
  source: 'apimachinery util/yaml decoder.go LineReader.Read (loops while isPrefix); apimachinery ValidateAnnotationsSize (TotalAnnotationSizeLimitB = 256 KiB)',
  scenario: `{apiVersion: batch/v1, kind: Job, metadata: {name: long, annotations: {note: "${big}"}}, spec: {template: {spec: {containers: [{name: c, image: busybox}], restartPolicy: Never}}}}\n`,
  check(r, h) {
    const j = h.job('long');
    h.eq(j.metadata.annotations?.note?.length, 200000, 'annotation length');
    h.assert(j.metadata.annotations.note === big, 'annotation value intact');
    h.hasCond(j, 'Complete');
  },
};
