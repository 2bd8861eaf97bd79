// Validates Kubernetes custom resources against the schemas of their CRDs, as compiled into the
// kubernetes-models packages (@kubernetes-models/keda: KEDA's ScaledObject, ScaledJob,
// TriggerAuthentication; @kubernetes-models/prometheus-operator: ServiceMonitor, PodMonitor,
// PrometheusRule, ...).
//
//   node deploy/tools/validate-custom-resources.mjs < resources.json
//
// Reads a JSON array of resources on stdin (tests/deploy parses the YAML) and prints, for each,
// one JSON line {apiVersion, kind, name, ok, errors}. Exits 1 when any resource is invalid or
// has no model here. Like the API server, these schemas do not reject unknown fields: the
// tests check the field names separately.
const PACKAGES = {
  "keda.sh": "@kubernetes-models/keda",
  "monitoring.coreos.com": "@kubernetes-models/prometheus-operator",
};

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const resources = JSON.parse(Buffer.concat(chunks).toString("utf8"));

let failed = false;
for (const resource of resources) {
  const { apiVersion = "", kind = "" } = resource;
  const [group, version] = apiVersion.split("/");
  const report = { apiVersion, kind, name: resource.metadata?.name ?? null, ok: false, errors: [] };
  const pkg = PACKAGES[group];
  if (!pkg || !version) {
    report.errors.push(`no schema here for ${apiVersion} ${kind}`);
  } else {
    try {
      const module = await import(`${pkg}/${group}/${version}/${kind}`);
      new module[kind](resource).validate();
      report.ok = true;
    } catch (error) {
      report.errors.push(String(error.message ?? error));
    }
  }
  if (!report.ok) failed = true;
  process.stdout.write(JSON.stringify(report) + "\n");
}

process.exit(failed ? 1 : 0);
