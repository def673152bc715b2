// Validates rendered manifests against the Kubernetes OpenAPI schemas and the Strimzi,
// CloudNativePG and Prometheus Operator CRD schemas, as shipped by kubernetes-models and @kubernetes-models/* (their
// `validate()` runs the JSON schema and throws on the first invalid object).
//
//   node deploy/validate.mjs deploy/rendered/prod/*.yaml
//
// An .mjs script because those packages are ESM-only (exports "import" only), which Jest's
// CommonJS runtime cannot require; deploy/manifests.spec.ts spawns it. Prints one JSON report on
// stdout: { validated, objects: [{ file, kind, name }], errors: [{ file, kind, name, message }] };
// exits 1 when any object is invalid or of a kind it has no schema for.
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { ConfigMap, Namespace, Service } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Job } from 'kubernetes-models/batch/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import {
  Kafka,
  KafkaNodePool,
  KafkaTopic,
  KafkaUser,
} from '@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io/v1';
import { Cluster, ScheduledBackup } from '@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1';
import {
  PodMonitor,
  PrometheusRule,
} from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1';

const MODELS = {
  'v1/Namespace': Namespace,
  'v1/Service': Service,
  'v1/ConfigMap': ConfigMap,
  'apps/v1/Deployment': Deployment,
  'batch/v1/Job': Job,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'kafka.strimzi.io/v1/Kafka': Kafka,
  'kafka.strimzi.io/v1/KafkaNodePool': KafkaNodePool,
  'kafka.strimzi.io/v1/KafkaTopic': KafkaTopic,
  'kafka.strimzi.io/v1/KafkaUser': KafkaUser,
  'postgresql.cnpg.io/v1/Cluster': Cluster,
  'postgresql.cnpg.io/v1/ScheduledBackup': ScheduledBackup,
  'monitoring.coreos.com/v1/PodMonitor': PodMonitor,
  'monitoring.coreos.com/v1/PrometheusRule': PrometheusRule,
};

function describe(err) {
  // kubernetes-models throws a ValidationError whose `errors` are ajv's
  if (Array.isArray(err?.errors)) {
    return err.errors
      .map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`)
      .join('; ');
  }
  return err instanceof Error ? err.message : String(err);
}

const report = { validated: 0, objects: [], errors: [] };
for (const file of process.argv.slice(2)) {
  const docs = parseAllDocuments(readFileSync(file, 'utf8'));
  for (const doc of docs) {
    if (doc.errors.length > 0) {
      report.errors.push({ file, kind: '?', name: '?', message: `YAML: ${doc.errors[0].message}` });
      continue;
    }
    const obj = doc.toJS();
    if (obj === null || obj === undefined) continue;
    const kind = `${obj.apiVersion}/${obj.kind}`;
    const name = obj.metadata?.name ?? '?';
    const Model = MODELS[kind];
    if (!Model) {
      report.errors.push({ file, kind, name, message: 'no schema for this kind' });
      continue;
    }
    try {
      new Model(obj).validate();
      report.validated += 1;
      report.objects.push({ file, kind, name });
    } catch (err) {
      report.errors.push({ file, kind, name, message: describe(err) });
    }
  }
}
process.stdout.write(`${JSON.stringify(report)}\n`);
process.exit(report.errors.length > 0 ? 1 : 0);
