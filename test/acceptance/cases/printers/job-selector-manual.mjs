// SELECTOR (wide) is metav1.FormatLabelSelector: requirements sorted by key (matchLabels before expressions of
// the same key), "k=v", "k in (a,b)" / "k notin (a,b)" with sorted values, "k" for Exists, "!k" for DoesNotExist;
// CONTAINERS and IMAGES are the template's names and images joined by commas (layoutContainerCells).
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `
apiVersion: batch/v1
kind: Job
metadata: {name: manual}
spec:
  manualSelector: true
  selector:
    matchLabels: {zone: b, app: etl}
    matchExpressions:
      - {key: tier, operator: In, values: [web, batch]}
      - {key: canary, operator: DoesNotExist}
      - {key: app, operator: Exists}
      - {key: env, operator: NotIn, values: [prod, dev]}
  template:
    metadata: {labels: {app: etl, zone: b, tier: batch}}
    spec:
      containers: [{name: main, image: "registry.example.com/etl:2.1"}, {name: sidecar, image: "busybox:1.36"}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: auto}
spec:
  template:
    spec:
      containers: [{name: only, image: "busybox:1.36"}]
      restartPolicy: Never
`;
export default {
  id: 'printers/job-selector-manual',
  source: 'pkg/printers/internalversion/printers.go printJob wide cells (layoutContainerCells, metav1.FormatLabelSelector); apimachinery labels Requirement.String, selector sorted ByKey',
  args: ['--duration', '1m'],
  scenario,
  check(r, h) {
    const t = tableOf(runText(scenario, ['--duration', '1m']), 'job.batch');
    h.eq(t.header, ['NAME', 'STATUS', 'COMPLETIONS', 'DURATION', 'AGE', 'CONTAINERS', 'IMAGES', 'SELECTOR'], 'job table header');
    const m = rowOf(t, 'job.batch/manual');
    h.eq([m.CONTAINERS, m.IMAGES, m.SELECTOR], ['main,sidecar', 'registry.example.com/etl:2.1,busybox:1.36', 'app=etl,app,!canary,env notin (dev,prod),tier in (batch,web),zone=b'], 'manual row wide cells');
    const a = rowOf(t, 'job.batch/auto');
    h.eq(a.SELECTOR, `batch.kubernetes.io/controller-uid=${h.job('auto').metadata.uid}`, 'auto selector (the generated controller-uid label)');
  },
};
