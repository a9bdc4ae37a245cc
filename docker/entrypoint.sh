#!/bin/sh
# Starts the service named by SERVICE: gateway, or a subgraph folder name (catalogue, cases, …).
set -e
case "${SERVICE:?set SERVICE to gateway or a subgraph name}" in
  gateway) exec node dist/gateway/main.js ;;
  *) [ -f "dist/subgraphs/$SERVICE/main.js" ] || { echo "unknown SERVICE $SERVICE" >&2; exit 64; }
     exec node "dist/subgraphs/$SERVICE/main.js" ;;
esac
