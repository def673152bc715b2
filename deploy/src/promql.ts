/**
 * The metric names a PromQL expression reads, found with Prometheus's own PromQL grammar
 * (@prometheus-io/lezer-promql, the parser of the Prometheus web UI), so that alerts and dashboard
 * panels can be held to the metrics the apps really export (deploy/monitoring.spec.ts).
 */
import { parser } from '@prometheus-io/lezer-promql';

/** Grafana's variables, replaced by something PromQL parses, and its `label_values()` queries. */
function fromGrafana(query: string): string {
  const labelValues = /^label_values\((.*),\s*[A-Za-z_][A-Za-z0-9_]*\)$/.exec(query.trim());
  const expr = labelValues ? labelValues[1] : query;
  return expr.replace(/\$__(rate_interval|interval|range)/g, '5m');
}

/**
 * Metric names of the vector selectors in `expr` (Grafana's variables allowed). Throws on an
 * expression that does not parse: a typo there would hide a metric name too.
 */
export function metricNamesIn(expr: string): string[] {
  const text = fromGrafana(expr);
  const names = new Set<string>();
  const errors: number[] = [];
  parser.parse(text).iterate({
    enter(node) {
      if (node.type.isError) errors.push(node.from);
      if (node.name === 'VectorSelector') {
        const id = node.node.getChild('Identifier');
        if (id) names.add(text.slice(id.from, id.to));
      }
      if (node.name === 'LabelName' && text.slice(node.from, node.to) === '__name__') {
        throw new Error(`${expr}: selecting by __name__ is not checked; name the metric`);
      }
    },
  });
  if (errors.length > 0) {
    throw new Error(`${expr}: not valid PromQL (at offset ${errors[0]})`);
  }
  return [...names];
}

/** The names in `exprs` that are not in `known`, each with the expression it is used in. */
export function unknownMetrics(
  exprs: readonly string[],
  known: ReadonlySet<string>,
): { metric: string; expr: string }[] {
  return exprs.flatMap((expr) =>
    metricNamesIn(expr)
      .filter((m) => !known.has(m))
      .map((metric) => ({ metric, expr })),
  );
}
