/**
 * The largest request body the gateway reads: far above any operation of the graph (the longest
 * in clients/operations is under 1 kB, with its variables a few kB; materials are codes, never
 * files), far below what would let one request tie up the parser. A larger body is refused with
 * HTTP 413 and PAYLOAD_TOO_LARGE before it is parsed (lib/server.ts).
 */
export const REQUEST_SIZE_LIMIT = '64kb';
