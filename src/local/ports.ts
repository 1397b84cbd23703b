import net from 'node:net';
import { UsersyncError } from '../domain/errors.ts';

/**
 * Fails with a clear `LOCAL_STACK_FAILED` error, naming the variable that sets it, when a
 * port is already taken. Checked before a child process is started on it, because the
 * child's health check would otherwise be answered by whoever holds the port.
 */
export async function assertPortFree(host: string, port: number, variable: string): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new UsersyncError(
          'LOCAL_STACK_FAILED',
          `Port ${port} on ${host} is ${error.code === 'EADDRINUSE' ? 'in use' : `unavailable (${error.code})`}; set ${variable} to a free port.`,
          { cause: error, context: { port, variable } },
        ),
      );
    });
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve()));
  });
}

/** A port free right now on 127.0.0.1 (for tests and for children that need a fixed port). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0 }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
