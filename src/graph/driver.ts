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

export async function openGraph(config: Config = loadConfig()): Promise<Graph> {
  const uri = resolveUri(config);
  const driver = neo4j.driver(uri, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 30_000,
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
