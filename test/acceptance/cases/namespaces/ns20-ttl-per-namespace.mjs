// Two Jobs "j" in namespaces a (ttlSecondsAfterFinished 30) and b (no TTL): both complete at +11s; only a/j is
// deleted, at 41s (TTL after the Complete condition), with its pod; b/j is untouched. No TTL event (upstream has none).
const job = (ns, ttl) => `apiVersion: batch/v1
kind: Job
metadata: {name: j, namespace: ${ns}}
spec:
${ttl ? `  ttlSecondsAfterFinished: ${ttl}\n` : ''}  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'namespaces/ns20-ttl-per-namespace',
  source: 'pkg/controller/ttlafterfinished ttlafterfinished_controller.go processJob (Foreground delete at finishTime + TTL)',
  args: ['--duration', '2m'],
  scenario: job('a', 30) + '---\n' + job('b'),
  check(r, h) {
    h.eq(h.sec(h.job('j', 'a').status.completionTime), 11, 'a completes');
    h.eq(h.sec(h.job('j', 'b').status.completionTime), 11, 'b completes');
    h.eq(h.sec(h.job('j', 'a').metadata.deletionTimestamp), 41, 'a deleted at 41s');
    h.eq(h.job('j', 'b').metadata.deletionTimestamp, undefined, 'b kept');
    const pods = h.of('Pod').map((p) => [p.metadata.namespace, p.metadata.deletionTimestamp ? h.sec(p.metadata.deletionTimestamp) : null]);
    h.eq(pods, [['a', 41], ['b', null]], 'pods');
    h.eq(r.events.filter((e) => e.source.component === 'ttl-after-finished-controller').length, 0, 'no TTL events');
  },
};
