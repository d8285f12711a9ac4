import { Redis } from 'ioredis';
import { RasdError } from '../errors.js';

/**
 * A durable job queue for the scale-out mode, on Redis lists with the reliable-queue pattern:
 * a consumer atomically moves a job from the queue to its own processing list (BLMOVE), and
 * removes it only when done (ack). Jobs of a consumer that died stay in its processing list and
 * are put back on the queue when a consumer with the same id starts again (`recover`).
 */
export interface JobQueue<T> {
  push(jobs: T[]): Promise<void>;
  /** Next job, or null after `timeoutSeconds` without one. */
  take(timeoutSeconds: number): Promise<{ job: T; ack: () => Promise<void> } | null>;
  /** Puts back jobs a previous run of this consumer took but never acknowledged. */
  recover(): Promise<number>;
  length(): Promise<number>;
  close(): Promise<void>;
}

export class RedisQueue<T> implements JobQueue<T> {
  private readonly redis: Redis;
  private readonly processing: string;

  constructor(
    url: string,
    private readonly name: string,
    consumerId = 'default',
  ) {
    this.redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2, enableOfflineQueue: true });
    this.processing = `${name}:processing:${consumerId}`;
  }

  async connect(): Promise<this> {
    try {
      await this.redis.connect();
    } catch (err) {
      throw new RasdError('E_STORE', `cannot reach Redis: ${(err as Error).message}`, { cause: err });
    }
    return this;
  }

  async push(jobs: T[]): Promise<void> {
    if (jobs.length === 0) return;
    // In chunks, so a large batch is not one huge command.
    for (let i = 0; i < jobs.length; i += 500) await this.redis.rpush(this.name, ...jobs.slice(i, i + 500).map((j) => JSON.stringify(j)));
  }

  async take(timeoutSeconds: number): Promise<{ job: T; ack: () => Promise<void> } | null> {
    const raw = await this.redis.blmove(this.name, this.processing, 'LEFT', 'RIGHT', timeoutSeconds);
    if (raw === null) return null;
    return {
      job: JSON.parse(raw) as T,
      ack: async () => {
        await this.redis.lrem(this.processing, 1, raw);
      },
    };
  }

  async recover(): Promise<number> {
    let n = 0;
    while ((await this.redis.lmove(this.processing, this.name, 'RIGHT', 'LEFT')) !== null) n++;
    return n;
  }

  async length(): Promise<number> {
    return this.redis.llen(this.name);
  }

  async clear(): Promise<void> {
    await this.redis.del(this.name, this.processing);
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
