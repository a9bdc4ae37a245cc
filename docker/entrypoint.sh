#!/bin/sh
# Starts the service named by SERVICE: gateway, a subgraph folder name (catalogue, cases, …), or
# double (a legacy system's test double; its arguments: <system> --port N --host H).
set -e
case "${SERVICE:?set SERVICE to gateway, a subgraph name or double}" in
  gateway) exec node dist/gateway/main.js ;;
  double) exec node dist/adapters/kit/mock/cli.js "$@" ;;
  *) [ -f "dist/subgraphs/$SERVICE/main.js" ] || { echo "unknown SERVICE $SERVICE" >&2; exit 64; }
     exec node "dist/subgraphs/$SERVICE/main.js" ;;
esac
