// dynalite ships no types: the part of its API usersync uses.
declare module 'dynalite' {
  import type { Server } from 'node:http';

  interface DynaliteOptions {
    /** A LevelDB directory; in memory when absent. */
    path?: string;
    createTableMs?: number;
    deleteTableMs?: number;
    updateTableMs?: number;
  }

  /** An HTTP server speaking the DynamoDB API, not yet listening. */
  export default function dynalite(options?: DynaliteOptions): Server;
}
