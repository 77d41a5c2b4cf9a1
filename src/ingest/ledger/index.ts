/** The anchor ledger: permanent ids for a report's passages and addresses (docs/anchors.md). */
export { applyLedger, type LedgerInput, type LedgerResult } from './apply.ts';
export { ledger as ledgerSchema, type AnchorMoves, type Ledger, type LedgerAnchor, type RetiredAnchor, type RetiredReason } from './schema.ts';
