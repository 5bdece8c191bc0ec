/**
 * History of the report: a snapshot per successful read, kept bounded, compared with the one before.
 * Pure TypeScript (no `vscode`); files are reached through HistoryFiles.
 */
export { takeSnapshot, takeSnapshotSliced, thinned, snapshotFigures, asSnapshot, type HistorySnapshot, type SnapshotFigures, type SnapshotInput, type SnapshotUsers } from './snapshot';
export { compareSnapshots, compareSnapshotsSliced, type FiguresDelta, type SnapshotComparison } from './compare';
export { planRetention, DEFAULT_RETENTION_DAYS, SNAPSHOTS_WITH_USERS, MAX_SNAPSHOTS_TODAY, type RetentionPlan } from './retention';
export { HistoryStore, snapshotFileName, MAX_SNAPSHOT_FILE_BYTES, type HistoryFiles } from './historyStore';
export { encodeSnapshot, decodeSnapshot, decodeSnapshotAggregates } from './snapshotCodec';
export { snapshotToCsv } from './snapshotCsv';
export { nodeHistoryFiles } from './nodeHistoryFiles';
export { Slicer, SLICE_MS, splitLines } from './slices';
