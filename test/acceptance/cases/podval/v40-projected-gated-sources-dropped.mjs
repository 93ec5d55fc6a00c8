// A projected volume's clusterTrustBundle and podCertificate sources are behind feature gates that
// are off by default (ClusterTrustBundleProjection, PodCertificateRequest): the API server drops them
// from the Job's template (DropDisabledTemplateFields) instead of refusing the Job; the defaulted
// token projection keeps its one-hour lifetime.
export default {
  id: 'podval/projected-gated-sources-dropped',
  source: 'pkg/api/pod/util.go dropDisabledClusterTrustBundleProjection / dropDisabledPodCertificateProjection; pkg/apis/core/v1/defaults.go SetDefaults_ServiceAccountTokenProjection',
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata: {name: prj}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      volumes:\n      - name: creds\n        projected:\n          sources:\n          - clusterTrustBundle: {signerName: example.com/signer, path: ca.pem}\n          - serviceAccountToken: {path: token, audience: vault}\n      containers:\n      - name: c\n        image: busybox\n        volumeMounts: [{name: creds, mountPath: /creds}]\n",
  check(r, h) {
    const sources = h.job('prj').spec.template.spec.volumes[0].projected.sources;
    h.eq(JSON.stringify(sources), JSON.stringify([{}, { serviceAccountToken: { path: 'token', audience: 'vault', expirationSeconds: 3600 } }]), 'template sources');
    h.eq(h.job('prj').spec.template.spec.volumes[0].projected.defaultMode, 420, 'defaultMode');
    h.eq(h.podsOf('prj')[0].status.phase, 'Succeeded', 'the pod runs');
  },
};
