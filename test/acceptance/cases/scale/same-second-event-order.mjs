// Jobs created in one instant are synced in the order they were created (the work queue is FIFO):
// the SuccessfulCreate events at +0s follow the document order z, a, m, not the names' order.
export default {
  id: 'scale/same-second-event-order',
  source: 'client-go workqueue FIFO; job_controller.go addJob -> enqueueSyncJobImmediately; kubectl apply creates in document order',
  timeoutMs: 120000,
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: z }
spec:
  parallelism: 2
  completions: 2
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: a }
spec:
  parallelism: 2
  completions: 2
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: m }
spec:
  parallelism: 2
  completions: 2
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const order = h.events({ kind: 'Job', reason: 'SuccessfulCreate' }).map((e) => e.involvedObject.name);
    h.eq(order, ['z', 'z', 'a', 'a', 'm', 'm'], 'SuccessfulCreate order');
    const done = h.events({ kind: 'Job', reason: 'Completed' });
    h.eq(done.map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp)]), [['z', 11], ['a', 11], ['m', 11]], 'Completed order and time');
  },
};
