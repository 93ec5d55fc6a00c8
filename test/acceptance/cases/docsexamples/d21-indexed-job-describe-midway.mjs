// Same task: "kubectl describe jobs/indexed-job" while it runs shows "Pods Statuses: 2 Running / 3 Succeeded / 0 Failed"
// and "Completed Indexes: 0-2". At 15s: indexes 0-2 succeeded at 10s, 3 and 4 running since 11s.
export default {
  id: 'docsexamples/d21-indexed-job-describe-midway',
  source: 'kubernetes.io/docs/tasks/job/indexed-parallel-processing-static/ (describe output); reference job §2.10, §14',
  args: ['--duration', '15s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: 'indexed-job'
spec:
  completions: 5
  parallelism: 3
  completionMode: Indexed
  template:
    spec:
      restartPolicy: Never
      initContainers:
      - name: 'input'
        image: 'docker.io/library/bash'
        command:
        - "bash"
        - "-c"
        - |
          items=(foo bar baz qux xyz)
          echo \${items[\$JOB_COMPLETION_INDEX]} > /input/data.txt
        volumeMounts:
        - mountPath: /input
          name: input
      containers:
      - name: 'worker'
        image: 'docker.io/library/busybox'
        command:
        - "rev"
        - "/input/data.txt"
        volumeMounts:
        - mountPath: /input
          name: input
      volumes:
      - name: input
        emptyDir: {}
`,
  check(r, h) {
    const st = h.job('indexed-job').status;
    h.eq([st.active, st.succeeded, st.failed ?? 0, st.completedIndexes], [2, 3, 0, '0-2'], 'Pods Statuses and Completed Indexes');
    h.eq(st.conditions, undefined, 'not finished');
  },
};
