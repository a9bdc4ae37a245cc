import { EntityManager } from '@mikro-orm/core';
import { createHash } from 'node:crypto';
import { AuditRecord } from './entities';

/** The `previousHash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** The content a record's hash covers, in a fixed order (so no serializer's key order matters). */
export function canonicalContent(record: Omit<AuditRecord, 'previousHash' | 'hash'>): string {
  return JSON.stringify([
    record.sequence,
    record.entryId,
    record.at.toISOString(),
    record.service,
    record.requestId,
    record.subject,
    record.roles,
    record.action,
    record.entityType,
    record.entityKey,
    record.fieldList,
    record.system,
    record.operationHash,
  ]);
}

/** SHA-256 (hex) over the canonical content and the previous entry's hash: the link of the chain. */
export function chainHash(record: Omit<AuditRecord, 'previousHash' | 'hash'>, previousHash: string): string {
  return createHash('sha256').update(canonicalContent(record)).update('\n').update(previousHash).digest('hex');
}

export type ChainProblem =
  /** The record's content no longer gives its hash: it was edited. */
  | 'CONTENT_CHANGED'
  /** The record does not point at the hash of the one before it: that one was edited or replaced. */
  | 'LINK_BROKEN'
  /** A sequence number is missing before this record: entries were deleted. */
  | 'SEQUENCE_GAP';

export interface ChainVerdict {
  /** Records checked, up to and including the first broken one. */
  checked: number;
  /** The hash of the last record: publish or store it elsewhere to detect a truncated tail later. */
  headHash: string;
  firstBroken: { sequence: number; entryId: string; problem: ChainProblem } | null;
}

/** Walks the whole chain in order, a page at a time, and stops at the first broken record. */
export async function verifyChain(em: EntityManager, pageSize = 1000): Promise<ChainVerdict> {
  let previousHash = GENESIS_HASH;
  let expected = 1;
  let checked = 0;
  for (;;) {
    const page = await em.find(
      AuditRecord,
      { sequence: { $gte: expected } },
      { orderBy: { sequence: 'asc' }, limit: pageSize },
    );
    for (const record of page) {
      checked += 1;
      const problem: ChainProblem | null =
        record.sequence !== expected
          ? 'SEQUENCE_GAP'
          : record.previousHash !== previousHash
            ? 'LINK_BROKEN'
            : chainHash(record, record.previousHash) !== record.hash
              ? 'CONTENT_CHANGED'
              : null;
      if (problem) {
        return {
          checked,
          headHash: previousHash,
          firstBroken: { sequence: record.sequence, entryId: record.entryId, problem },
        };
      }
      previousHash = record.hash;
      expected += 1;
    }
    em.clear();
    if (page.length < pageSize) return { checked, headHash: previousHash, firstBroken: null };
  }
}
