// The kubelet registers its Node with kubernetes.io/arch (and the beta arch/os labels) besides
// hostname and os; manifests commonly select on kubernetes.io/arch: amd64.
export default {
  id: 'cluster/nodes-arch-label',
  source: 'pkg/kubelet/kubelet_node_status.go initialNode: labels LabelHostname, LabelOSStable, LabelArchStable, beta.kubernetes.io/os, beta.kubernetes.io/arch',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: arch }
spec:
  template:
    spec:
      nodeSelector: { kubernetes.io/arch: amd64 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    for (const n of h.of('Node')) {
      h.assert(n.metadata.labels['kubernetes.io/arch'] !== undefined, `${n.metadata.name} has no kubernetes.io/arch label (labels ${JSON.stringify(n.metadata.labels)})`);
      h.eq(n.metadata.labels['beta.kubernetes.io/os'], 'linux', `${n.metadata.name} beta.kubernetes.io/os`);
    }
    h.hasCond(h.job('arch'), 'Complete');
  },
};
