// The container health check (the image has no curl): exits 0 when the URL answers 2xx within 3 s.
//   node docker/healthcheck.js http://127.0.0.1:4001/health/ready
fetch(process.argv[2], { signal: AbortSignal.timeout(3000) }).then(
  (response) => process.exit(response.ok ? 0 : 1),
  () => process.exit(1),
);
