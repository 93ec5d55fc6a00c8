// An Indexed Job's pods are created with generateName "<job>-<index>-", which the Forbidden error
// names (the admission runs before the name is generated). Slow start: the first batch is one pod
// (index 0); its failure skips the rest, so each sync records exactly one FailedCreate.
export default {
  id: 'prio/adm-indexed-generate-name',
  source: 'job_controller.go manageJob (podGenerateNameWithIndex; SlowStartInitialBatchSize 1, skip on failure); apiserver admission/errors.go NewForbidden/extractResourceName (GetGenerateName when no name); plugin/pkg/admission/priority admitPod',
  args: ['--duration', '10s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: idx }
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  template:
    spec:
      priorityClassName: missing
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const fc = h.events({ kind: 'Job', name: 'idx' });
    h.eq(fc.map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]), [0, 1, 3, 7].map((t) => [t, 'FailedCreate', 'Error creating: pods "idx-0-" is forbidden: no PriorityClass with name missing was found']), 'events');
    h.eq(h.podsOf('idx').length, 0, 'no pod');
    const st = h.job('idx').status;
    h.eq([st.active ?? 0, st.failed ?? 0, st.completedIndexes ?? '', h.sec(st.startTime)], [0, 0, '', 0], 'status');
  },
};
