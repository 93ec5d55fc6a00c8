export default {
  id: 'tplval/v03-probe-zero-timings-defaulted',
  // probe timings of 0 are defaulted (period 10, timeout 1, success 1, failure 3), not rejected
  source: "pkg/apis/core/v1/defaults.go SetDefaults_Probe; validation.go validateLivenessProbe",
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: pz\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: c\n        image: busybox\n        livenessProbe: {exec: {command: [\"true\"]}, periodSeconds: 0, successThreshold: 0, timeoutSeconds: 0, failureThreshold: 0}\n",
  check(r, h) {
    const j = h.job('pz'); h.assert(j.status && (j.status.succeeded === 1), 'job pz succeeded: ' + JSON.stringify(j.status)); const p = h.job('pz').spec.template.spec.containers[0].livenessProbe; h.eq([p.periodSeconds, p.timeoutSeconds, p.successThreshold, p.failureThreshold], [10, 1, 1, 3], 'probe defaults');
  },
};
