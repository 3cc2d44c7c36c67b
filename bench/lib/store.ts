import { randomUUID } from 'node:crypto';
import { SqliteStore } from '../../bot/storage/sqlite-store';

/** A second connection to the assistant's SQLite file, to look at and prepare what it stores. */
export class SqliteInspector {
  private constructor(private readonly store: SqliteStore) {}

  /** Opens (and if need be creates) the file with the assistant's own tables. */
  static async open(file: string): Promise<SqliteInspector> {
    return new SqliteInspector(new SqliteStore(file, 'pca'));
  }

  private async sql(query: string, ...args: unknown[]): Promise<Record<string, unknown>[]> {
    return this.store.query(query, ...args) as Record<string, unknown>[];
  }

  /** Bytes stored for one conversation: its record, its user's preferences, its kept replies. */
  async conversationBytes(
    channelId: string,
    conversationId: string,
    userId: string,
  ): Promise<{ record: number; user: number; deliveries: number; deliveryRows: number; recordValue?: string }> {
    const one = async (key: string) =>
      (await this.sql('SELECT length(CAST(key AS BLOB)) + length(CAST(value AS BLOB)) AS n, value FROM kv WHERE key = ?', key))[0] as
        | { n: number; value: string }
        | undefined;
    const record = await one(`pca:conversation/${channelId}/${conversationId}`);
    const user = await one(`pca:user/${userId}`);
    // The conversation's last few answers, kept for redelivery: one row each.
    const d = (
      await this.sql(
        "SELECT count(*) AS rows, coalesce(sum(length(CAST(key AS BLOB)) + length(CAST(value AS BLOB))), 0) AS n FROM kv WHERE key LIKE ? ESCAPE '\\'",
        `pca:delivery/${channelId}/${conversationId.replace(/[%_\\]/g, '\\$&')}/%`,
      )
    )[0] as { rows: number; n: number };
    return { record: record?.n ?? 0, user: user?.n ?? 0, deliveries: d.n, deliveryRows: d.rows, recordValue: record?.value };
  }

  async rows(): Promise<number> {
    return Number((await this.sql('SELECT count(*) AS n FROM kv'))[0].n);
  }

  /**
   * Stored history: `count` conversations shaped like `template` (a real record taken mid-procedure),
   * each with its user's preferences, written in transactions of many rows.
   */
  async insertHistory(
    count: number,
    template: { channelId: string; value: string; runId?: string },
    onProgress?: (done: number) => void,
  ): Promise<void> {
    const batch = 500;
    const userValue = JSON.stringify({ value: { eTag: 'history', value: { locale: 'en' } } });
    for (let start = 0; start < count; ) {
      await this.sql('BEGIN');
      for (let inTx = 0; inTx < 40 && start < count; inTx++) {
        const n = Math.min(batch, count - start);
        const params: string[] = [];
        for (let i = start; i < start + n; i++) {
          const value = template.runId ? template.value.split(template.runId).join(randomUUID()) : template.value;
          params.push(`pca:conversation/${template.channelId}/history-${i}`, value, `pca:user/history-user-${i}`, userValue);
        }
        await this.sql(
          `INSERT OR REPLACE INTO kv (key, value) VALUES ${Array.from({ length: n * 2 }, () => '(?, ?)').join(', ')}`,
          ...params,
        );
        start += n;
      }
      await this.sql('COMMIT');
      onProgress?.(start);
    }
  }

  async close(): Promise<void> {
    await this.store.disconnect();
  }
}
