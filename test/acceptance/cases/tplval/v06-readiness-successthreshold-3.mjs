export default {
  id: 'tplval/v06-readiness-successthreshold-3',
  // a readiness probe may have successThreshold > 1; httpGet path/scheme defaulted
  source: "validation.go validateReadinessProbe (no successThreshold rule); defaults.go SetDefaults_HTTPGetAction (path \"/\", scheme HTTP)",
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: rs\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: c\n        image: busybox\n        readinessProbe: {httpGet: {port: 8080}, successThreshold: 3}\n",
  check(r, h) {
    const j = h.job('rs'); h.assert(j.status && (j.status.succeeded === 1), 'job rs succeeded: ' + JSON.stringify(j.status)); const g = h.job('rs').spec.template.spec.containers[0].readinessProbe.httpGet; h.eq([g.path, g.scheme], ['/', 'HTTP'], 'httpGet defaults');
  },
};
