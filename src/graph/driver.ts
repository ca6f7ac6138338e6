// One place that opens Neo4j connections, from the validated configuration.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { loadConfig, type Config } from '../config.js';

export interface Graph {
  driver: Driver;
  database: string;
  /** run a read transaction */
  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /** run a write transaction; it is retried by the driver on transient errors and rolled back on failure */
  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function resolveUri(config: Config): string {
  return config.NEO4J_URI ?? `bolt://127.0.0.1:${config.KG_NEO4J_PORT}`;
}

/** Timeouts of the driver; a server answering people wants them short, a batch ingest can wait. */
export interface DriverTimeouts {
  /** opening a TCP/Bolt connection (driver default 30 s) */
  connectionTimeoutMs?: number;
  /** waiting for a free connection from the pool (default 30 s) */
  acquisitionTimeoutMs?: number;
  /** how long a managed transaction is retried on transient and connection errors (driver default 30 s) */
  maxTransactionRetryTimeMs?: number;
}

/** For the API: a request fails within a few seconds when Neo4j is unreachable (see server/db-circuit.ts). */
export const SERVER_TIMEOUTS: DriverTimeouts = {
  connectionTimeoutMs: 2000,
  acquisitionTimeoutMs: 5000,
  maxTransactionRetryTimeMs: 1000,
};

export async function openGraph(config: Config = loadConfig(), timeouts: DriverTimeouts = {}): Promise<Graph> {
  const uri = resolveUri(config);
  const driver = neo4j.driver(uri, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: timeouts.acquisitionTimeoutMs ?? 30_000,
    ...(timeouts.connectionTimeoutMs !== undefined ? { connectionTimeout: timeouts.connectionTimeoutMs } : {}),
    ...(timeouts.maxTransactionRetryTimeMs !== undefined
      ? { maxTransactionRetryTime: timeouts.maxTransactionRetryTimeMs }
      : {}),
  });
  try {
    await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
  } catch (err) {
    await driver.close();
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(`cannot reach Neo4j at ${uri} (${why}); start one with \`kg db start\` or set NEO4J_URI`);
  }
  const database = config.NEO4J_DATABASE;
  return {
    driver,
    database,
    read: (work) => {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      return session.executeRead(work).finally(() => session.close());
    },
    write: (work) => {
      const session = driver.session({ database });
      return session.executeWrite(work).finally(() => session.close());
    },
    close: () => driver.close(),
  };
}
