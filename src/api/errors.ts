import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { toDbError } from '../db/errors.ts';
import { ERROR_CATALOG, UsersyncError, type ErrorBody, type ErrorCode } from '../domain/errors.ts';

export type { ErrorBody } from '../domain/errors.ts';

/** HTTP statuses Fastify itself answers with, mapped to the catalog. */
const BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'URI_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  431: 'HEADERS_TOO_LARGE',
  429: 'RATE_LIMITED',
};

/** Renders any error as the catalog's status and body; unknown errors are a logged 500. */
export function errorHandler(
  error: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const usersyncError = toUsersyncError(error);
  if (usersyncError.code === 'INTERNAL' || usersyncError.httpStatus >= 503) {
    request.log.error({ err: error, code: usersyncError.code }, 'request failed');
  } else {
    // A refusal (a wrong password, a bad token, a limit): its stable code, which operators
    // search for, and nothing of the request.
    request.log.info({ code: usersyncError.code }, 'request refused');
  }
  if (usersyncError.code === 'RATE_LIMITED' && !reply.hasHeader('retry-after')) {
    // Every 429 says when to come back; Cognito's own throttling gives no time: a second.
    const seconds = usersyncError.context['retryAfterSeconds'];
    void reply.header('retry-after', String(typeof seconds === 'number' ? seconds : 1));
  }
  const body: ErrorBody = { error: { code: usersyncError.code, message: usersyncError.message } };
  void reply.code(usersyncError.httpStatus).send(body);
}

function toUsersyncError(error: FastifyError | Error): UsersyncError {
  if (error instanceof UsersyncError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((issue) => {
      const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
      const where = path === '' ? (error.validationContext ?? 'request') : path;
      return `${where}: ${issue.message}`;
    });
    return new UsersyncError('VALIDATION_FAILED', issues.join('; '), { cause: error });
  }
  const fromDb = toDbError(error);
  if (fromDb !== undefined) return fromDb;
  const { statusCode } = error as FastifyError;
  const mapped = statusCode !== undefined ? BY_STATUS[statusCode] : undefined;
  if (mapped !== undefined) {
    const message = mapped === 'VALIDATION_FAILED' ? error.message : ERROR_CATALOG[mapped].message;
    return new UsersyncError(mapped, message, { cause: error });
  }
  return new UsersyncError('INTERNAL', undefined, { cause: error });
}

/**
 * What the HTTP server answers a request it cannot even parse (headers over Node's 16 KiB
 * limit, a malformed request line), before Fastify sees it: the same `{error: {code,
 * message}}` envelope as every other error, then the connection closes.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const code: ErrorCode =
    error.code === 'HPE_HEADER_OVERFLOW' ? 'HEADERS_TOO_LARGE' : 'VALIDATION_FAILED';
  const { httpStatus } = ERROR_CATALOG[code];
  const body = JSON.stringify({
    error: {
      code,
      message:
        code === 'VALIDATION_FAILED' ? 'The request is malformed.' : ERROR_CATALOG[code].message,
    },
  } satisfies ErrorBody);
  socket.end(
    `HTTP/1.1 ${httpStatus} ${STATUS_CODES[httpStatus]}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
