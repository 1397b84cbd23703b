import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';

// dynalite (the DynamoDB emulator) has no transactions (architect/dynalite#151). usersync
// writes every change with its event in one TransactWriteItems, so the local stack puts a
// small front before dynalite: every request passes through as it is, except
// TransactWriteItems, which the front applies item by item, one transaction at a time,
// restoring the items it had written when one fails its condition, and answering as
// DynamoDB does (TransactionCanceledException with a reason per item). It is atomic for
// writers that all use transactions; DynamoDB itself is atomic for everyone.

/** A dynalite on 127.0.0.1 behind the transactions front. */
export interface DynaliteServer {
  /** The front's URL: the endpoint every client uses. */
  endpoint: string;
  stop(): Promise<void>;
}

type Attributes = Record<string, unknown>;
type Call = (operation: string, body: Attributes) => Promise<{ status: number; body: Attributes }>;

/**
 * Starts dynalite in memory (tables ready at once) and its front on `port` (0: a free
 * one), both on 127.0.0.1.
 */
export async function startDynalite(port = 0): Promise<DynaliteServer> {
  const backend = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => backend.listen(0, '127.0.0.1', resolve));
  const backendPort = (backend.address() as AddressInfo).port;
  const keys: KeyCache = new Map();
  let queue: Promise<{ status: number; body: Attributes }> = Promise.resolve({
    status: 200,
    body: {},
  });
  const front = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const target = req.headers['x-amz-target'];
      if (target !== 'DynamoDB_20120810.TransactWriteItems') {
        forward(backendPort, req, body, res);
        return;
      }
      const call = backendCall(backendPort, req);
      // One transaction at a time; one that fails leaves the queue going.
      const run = () =>
        transactWrite(call, body, keys).catch((error: unknown) => ({
          status: 500,
          body: { __type: 'com.amazonaws.dynamodb#InternalServerError', message: String(error) },
        }));
      const answer = (queue = queue.then(run, run));
      void answer.then(({ status, body: reply }) => {
        const text = JSON.stringify(reply);
        res.writeHead(status, {
          'content-type': 'application/x-amz-json-1.0',
          'content-length': Buffer.byteLength(text),
        });
        res.end(text);
      });
    });
  });
  await new Promise<void>((resolve) => front.listen(port, '127.0.0.1', resolve));
  const { port: frontPort } = front.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${frontPort}`,
    stop: async () => {
      front.closeAllConnections();
      await close(front);
      await close(backend);
    },
  };
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

function forward(port: number, req: IncomingMessage, body: Buffer, res: ServerResponse): void {
  const upstream = httpRequest(
    { host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers },
    (reply) => {
      res.writeHead(reply.statusCode ?? 500, reply.headers);
      reply.pipe(res);
    },
  );
  upstream.on('error', () => {
    res.writeHead(502);
    res.end();
  });
  upstream.end(body);
}

/** Calls dynalite with the original request's (unchecked) signature headers. */
function backendCall(port: number, req: IncomingMessage): Call {
  return (operation, body) =>
    new Promise((resolve, reject) => {
      const text = JSON.stringify(body);
      const upstream = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/',
          headers: {
            ...req.headers,
            'x-amz-target': `DynamoDB_20120810.${operation}`,
            'content-type': 'application/x-amz-json-1.0',
            'content-length': Buffer.byteLength(text),
          },
        },
        (reply) => {
          const chunks: Buffer[] = [];
          reply.on('data', (chunk: Buffer) => chunks.push(chunk));
          reply.on('end', () => {
            const raw = Buffer.concat(chunks).toString('utf8');
            resolve({
              status: reply.statusCode ?? 500,
              body: raw === '' ? {} : (JSON.parse(raw) as Attributes),
            });
          });
        },
      );
      upstream.on('error', reject);
      upstream.end(text);
    });
}

const OPERATIONS = { Put: 'PutItem', Update: 'UpdateItem', Delete: 'DeleteItem' } as const;

/** Each table's key attributes, asked of dynalite once per table. */
type KeyCache = Map<string, Promise<string[]>>;

function keyNames(call: Call, table: string, cache: KeyCache): Promise<string[]> {
  let names = cache.get(table);
  if (names === undefined) {
    names = describeKey(call, table);
    cache.set(table, names);
    // A failed answer is not kept.
    names.catch(() => cache.delete(table));
  }
  return names;
}

async function describeKey(call: Call, table: string): Promise<string[]> {
  const { body } = await call('DescribeTable', { TableName: table });
  const schema = (body['Table'] as { KeySchema?: { AttributeName: string }[] } | undefined)
    ?.KeySchema;
  return (schema ?? []).map((key) => key.AttributeName);
}

async function transactWrite(
  call: Call,
  raw: Buffer,
  keys: KeyCache,
): Promise<{ status: number; body: Attributes }> {
  const request = JSON.parse(raw.toString('utf8')) as { TransactItems?: Attributes[] };
  const items = request.TransactItems ?? [];
  const written: { table: string; key: Attributes; before: Attributes | undefined }[] = [];
  const rollback = async () => {
    for (const { table, key, before } of written.reverse()) {
      await (before === undefined
        ? call('DeleteItem', { TableName: table, Key: key })
        : call('PutItem', { TableName: table, Item: before }));
    }
  };
  for (const [index, item] of items.entries()) {
    const [kind, spec] = Object.entries(item)[0] as [string, Attributes];
    const operation = OPERATIONS[kind as keyof typeof OPERATIONS] as string | undefined;
    if (operation === undefined) {
      await rollback();
      return validation(`The local front applies Put, Update and Delete, not ${kind}.`);
    }
    const table = spec['TableName'] as string;
    const key =
      kind === 'Put'
        ? Object.fromEntries(
            (await keyNames(call, table, keys)).map((name) => [
              name,
              (spec['Item'] as Attributes)[name],
            ]),
          )
        : (spec['Key'] as Attributes);
    const prior = await call('GetItem', { TableName: table, Key: key, ConsistentRead: true });
    const { ReturnValuesOnConditionCheckFailure: _ignored, ...single } = spec;
    const result = await call(operation, single);
    if (result.status === 200) {
      written.push({ table, key, before: prior.body['Item'] as Attributes | undefined });
      continue;
    }
    await rollback();
    const type = typeof result.body['__type'] === 'string' ? result.body['__type'] : '';
    if (!type.endsWith('ConditionalCheckFailedException')) return result;
    const reasons = items.map((_, at) =>
      at === index
        ? { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' }
        : { Code: 'None' },
    );
    return {
      status: 400,
      body: {
        __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
        message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((reason) => reason.Code).join(', ')}]`,
        CancellationReasons: reasons,
      },
    };
  }
  return { status: 200, body: {} };
}

function validation(message: string): { status: number; body: Attributes } {
  return {
    status: 400,
    body: { __type: 'com.amazon.coral.validate#ValidationException', message },
  };
}
