import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { NextFunction, Request, Response } from 'express';

/** The tracer of the hub's own spans; Apollo Gateway adds its planning and fetch spans to the same trace. */
export const tracer = trace.getTracer('mengzi-hub');

/**
 * Exports this process's spans over OTLP/HTTP to `endpoint` (OTEL_EXPORTER_OTLP_ENDPOINT, e.g. an
 * OpenTelemetry Collector at http://otel-collector:4318) and propagates W3C trace context. Without
 * an endpoint nothing is registered and every span is a no-op. Returns what flushes on shutdown.
 */
export function startTracing(service: string, endpoint: string | undefined): (() => Promise<void>) | undefined {
  if (!endpoint) return undefined;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': service }),
    spanProcessors: [
      new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint.replace(/\/$/, '')}/v1/traces` })),
    ],
  });
  provider.register();
  return () => provider.shutdown();
}

/**
 * Express middleware: one server span per HTTP request, continuing the caller's trace (the
 * gateway's `traceparent` header) so that gateway → subgraph → legacy call is one trace.
 */
export function traceRequests(req: Request, res: Response, next: NextFunction): void {
  const parent = propagation.extract(context.active(), req.headers);
  const span = tracer.startSpan(`${req.method} ${req.path}`, { kind: SpanKind.SERVER }, parent);
  res.once('finish', () => {
    span.setAttribute('http.response.status_code', res.statusCode);
    if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  });
  context.with(trace.setSpan(parent, span), next);
}

/** Adds the current trace context (`traceparent`) to outgoing request headers. */
export function injectTraceContext(headers: { set(name: string, value: string): void }): void {
  propagation.inject(context.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
}
