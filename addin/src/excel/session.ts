import type { Capabilities } from "./requirements.js";

/**
 * Excel on the web rejects a batch whose request or response passes 5 MB
 * (RequestPayloadSizeLimitExceeded). Writes are cut into batches below this estimate, with room
 * left for the JSON envelope Office.js adds around each queued command.
 */
export const DEFAULT_BATCH_LIMIT_BYTES = 4_000_000;

/** What one action cost: the benchmark and the tests read these. */
export interface SyncStats {
  /** context.sync() calls made. */
  syncs: number;
  /** Estimated bytes of the values, formulas and formats the action sent to Excel. */
  requestBytes: number;
  /** Largest estimated batch sent in one sync. */
  largestBatchBytes: number;
}

/** The part of Excel.RequestContext the adapter uses; office-addin-mock and the test host provide it too. */
export type ExcelContext = Excel.RequestContext;

/**
 * One action's connection to Excel: the request context, a counted `sync`, the capabilities and
 * the batch byte budget. Every context.sync() of the add-in goes through {@link ExcelSession.sync}.
 */
export class ExcelSession {
  readonly context: ExcelContext;
  readonly capabilities: Capabilities;
  readonly limitBytes: number;
  readonly stats: SyncStats = { syncs: 0, requestBytes: 0, largestBatchBytes: 0 };
  private pendingBytes = 0;
  private pendingResponse = 0;

  constructor(context: ExcelContext, capabilities: Capabilities, limitBytes = DEFAULT_BATCH_LIMIT_BYTES) {
    this.context = context;
    this.capabilities = capabilities;
    this.limitBytes = limitBytes;
  }

  /** Bytes queued since the last sync. */
  get queuedBytes(): number {
    return this.pendingBytes;
  }

  /** Records the estimated size of a queued write. */
  queued(bytes: number): void {
    this.pendingBytes += bytes;
    this.stats.requestBytes += bytes;
  }

  /** Records the estimated size of what a queued load will bring back. */
  expectResponse(bytes: number): void {
    this.pendingResponse += bytes;
  }

  /**
   * Sends the batch when what is queued, or what it will bring back, has reached the budget:
   * work whose size grows with the sheet (marks, restores) stays under Excel on the web's limit,
   * and costs no extra sync until it reaches it.
   */
  async flushIfFull(): Promise<void> {
    if (this.pendingBytes >= this.limitBytes || this.pendingResponse >= this.limitBytes) await this.sync();
  }

  async sync(): Promise<void> {
    this.stats.syncs += 1;
    this.stats.largestBatchBytes = Math.max(this.stats.largestBatchBytes, this.pendingBytes);
    this.pendingBytes = 0;
    this.pendingResponse = 0;
    await this.context.sync();
  }
}

const encoder = new TextEncoder();

/** UTF-8 bytes of a value as Office.js sends it (JSON), the measure the 5 MB limit applies to. */
export function payloadBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}
