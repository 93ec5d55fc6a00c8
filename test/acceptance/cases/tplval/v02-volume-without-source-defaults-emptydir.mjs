export default {
  id: 'tplval/v02-volume-without-source-defaults-emptydir',
  // a volume with no source is defaulted to emptyDir and accepted
  source: "pkg/apis/core/v1/defaults.go SetDefaults_Volume (AllPtrFieldsNil -> EmptyDir)",
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: vnd\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      volumes:\n      - name: scratch\n      containers:\n      - name: c\n        image: busybox\n        volumeMounts:\n        - {name: scratch, mountPath: /scratch}\n",
  check(r, h) {
    const j = h.job('vnd'); h.assert(j.status && (j.status.succeeded === 1), 'job vnd succeeded: ' + JSON.stringify(j.status)); const v = h.job('vnd').spec.template.spec.volumes[0]; h.eq(v, { name: 'scratch', emptyDir: {} }, 'volume defaulted');
  },
};
