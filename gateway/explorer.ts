import { Request, Response, Router } from 'express';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from '../lib/paths';

/**
 * The GraphQL explorer for front-end teams: GraphiQL, served from the gateway's own
 * node_modules (government networks are offline, so nothing comes from a CDN), with the
 * example operations of `clients/operations/` open as tabs. Development only: in production
 * the router is empty.
 */
const ASSETS: Record<string, { packageName: string; file: string; type: string }> = {
  'react.js': { packageName: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { packageName: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { packageName: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { packageName: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

/** The packages' `exports` do not list their browser builds, so they are found beside package.json. */
const assetPath = ({ packageName, file }: { packageName: string; file: string }) =>
  join(dirname(require.resolve(`${packageName}/package.json`)), file);

export interface ExampleOperation {
  /** The file's name without `.graphql`. */
  name: string;
  query: string;
  /** From the file's `# variables: {…}` line, pretty-printed. */
  variables?: string;
}

/** The example operations, in file-name order. */
export function exampleOperations(dir = join(repoRoot(), 'clients', 'operations')): ExampleOperation[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const variables = /^# variables: (.*)$/m.exec(text)?.[1];
      return {
        name: file.replace(/\.graphql$/, ''),
        // the variables go in their own pane
        query: text.replace(/^# variables: .*\n/m, ''),
        variables: variables && JSON.stringify(JSON.parse(variables), null, 2),
      };
    });
}

/** `</script>` inside JSON would end the inline script early. */
const inlineJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The page. Every URL in it is relative, so it works at `/graphql` and `/explorer` alike and
 * behind a reverse proxy that adds a path prefix.
 */
function explorerPage(tabs: ExampleOperation[]): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>蒙自一窗通办 GraphQL 调试台 · Explorer</title>
<link rel="stylesheet" href="explorer/assets/graphiql.css">
<style>body { margin: 0; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">正在加载 GraphiQL…</div>
<script src="explorer/assets/react.js"></script>
<script src="explorer/assets/react-dom.js"></script>
<script src="explorer/assets/graphiql.js"></script>
<script>
  const tabs = ${inlineJson(tabs.map(({ query, variables }) => ({ query, variables })))};
  const fetcher = GraphiQL.createFetcher({ url: new URL('graphql', document.baseURI).href });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    // GraphiQL takes the first tab's variables only from the variables prop
    React.createElement(GraphiQL, { fetcher, defaultTabs: tabs, variables: tabs[0]?.variables, defaultEditorToolsVisibility: true }),
  );
</script>
</body>
</html>
`;
}

const wantsHtml = (req: Request) => req.accepts(['application/json', 'text/html']) === 'text/html';

/**
 * `GET /explorer` (and `GET /graphql` from a browser) → the page; `GET /explorer/assets/…` →
 * GraphiQL and React from node_modules. Mount before the GraphQL endpoint.
 */
export function graphqlExplorer({ enabled = process.env.NODE_ENV !== 'production' } = {}): Router {
  const router = Router();
  if (!enabled) return router;
  const page = explorerPage(exampleOperations());
  const servePage = (_req: Request, res: Response) => {
    res.type('html').send(page);
  };
  router.get('/explorer', servePage);
  router.get('/graphql', (req, res, next) => (wantsHtml(req) && !req.query.query ? servePage(req, res) : next()));
  router.get('/explorer/assets/:file', (req, res) => {
    const asset = ASSETS[req.params.file];
    if (!asset) return res.status(404).type('text/plain').send('no such asset');
    res.type(asset.type).sendFile(assetPath(asset));
  });
  return router;
}
