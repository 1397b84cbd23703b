// Written by `npm run docs:config` (scripts/openapi-document.ts) from the API's OpenAPI
// document, schema/openapi.json, with openapi-typescript. Do not edit: a test fails when
// this file and the document drift apart.
export interface paths {
  '/healthz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: the process answers (nothing else is checked) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/readyz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: the database answers and the pool's signing keys are loaded */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ready: true;
              checks: {
                /** @enum {string} */
                database: 'ok';
                /** @enum {string} */
                jwks: 'ok';
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/signup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create an account; a confirmation code follows by email */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            password: string & string;
            name?: string;
            phone?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              sub: string;
              confirmed: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm an account with the emailed code */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              confirmed: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * New id and access tokens for a refresh token (and a new refresh token, with rotation)
     * @description With REFRESH_TOKEN_ROTATION=on (an app client that rotates refresh tokens), the answer holds a new refreshToken, and the one sent stops working after the client’s grace period. Otherwise, with an app client secret, also send the (possibly expired) id or access token as the Bearer token: Cognito needs its username.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            refreshToken: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              idToken: string;
              accessToken: string;
              refreshToken?: string;
              expiresIn: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign out: revoke the caller's refresh token, or with everywhere every session of theirs
     * @description With `refreshToken`, that refresh token is revoked (it must be the caller's). With `everywhere: true`, every session is signed out (the access token as the Bearer token). Afterwards the API refuses every id and access token the user was issued before.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            refreshToken?: string;
            everywhere?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/forgot-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a reset code (same answer whether or not the account exists) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              accepted: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/reset-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a new password with the emailed code */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            code: string;
            newPassword: string & string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              reset: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/resend-code': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a new confirmation code (same answer whether or not the account exists) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              accepted: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in: tokens, or the next step Cognito asks for
     * @description With email and password, a password sign-in (USER_PASSWORD_AUTH). With an email alone, or with `preferred`, choice-based sign-in (USER_AUTH): the preferred first factor, or SELECT_CHALLENGE with those available. A challenge is answered at POST /auth/challenge.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            password?: string;
            /** @enum {string} */
            preferred?: 'EMAIL_OTP' | 'SMS_OTP' | 'WEB_AUTHN' | 'PASSWORD';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json':
              | {
                  idToken: string;
                  accessToken: string;
                  refreshToken?: string;
                  expiresIn: number;
                }
              | {
                  challenge: {
                    /** @enum {string} */
                    name:
                      | 'NEW_PASSWORD_REQUIRED'
                      | 'SOFTWARE_TOKEN_MFA'
                      | 'SMS_MFA'
                      | 'EMAIL_OTP'
                      | 'SMS_OTP'
                      | 'SELECT_MFA_TYPE'
                      | 'MFA_SETUP'
                      | 'SELECT_CHALLENGE'
                      | 'WEB_AUTHN'
                      | 'PASSWORD';
                    session: string;
                    parameters: {
                      [key: string]: unknown;
                    };
                    available?: string[];
                  };
                };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/challenge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Answer a sign-in challenge: tokens, or the next one
     * @description The body names the challenge and its session, with the answer it takes: `code` (SOFTWARE_TOKEN_MFA, SMS_MFA, EMAIL_OTP, SMS_OTP; MFA_SETUP once its secret is shown), `newPassword` (NEW_PASSWORD_REQUIRED), `choice` (SELECT_MFA_TYPE, SELECT_CHALLENGE), `password` (PASSWORD), `credential` (WEB_AUTHN). An expired or used session is 401 SESSION_EXPIRED.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            session: string;
            /** @enum {string} */
            name:
              | 'NEW_PASSWORD_REQUIRED'
              | 'SOFTWARE_TOKEN_MFA'
              | 'SMS_MFA'
              | 'EMAIL_OTP'
              | 'SMS_OTP'
              | 'SELECT_MFA_TYPE'
              | 'MFA_SETUP'
              | 'SELECT_CHALLENGE'
              | 'WEB_AUTHN'
              | 'PASSWORD';
            code?: string;
            newPassword?: string & string;
            password?: string;
            /** @enum {string} */
            choice?:
              'SOFTWARE_TOKEN_MFA' | 'SMS_MFA' | 'EMAIL_OTP' | 'SMS_OTP' | 'WEB_AUTHN' | 'PASSWORD';
            credential?: {
              [key: string]: unknown;
            };
            deviceName?: string;
            attributes?: {
              name?: string;
              phone?: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json':
              | {
                  idToken: string;
                  accessToken: string;
                  refreshToken?: string;
                  expiresIn: number;
                }
              | {
                  challenge: {
                    /** @enum {string} */
                    name:
                      | 'NEW_PASSWORD_REQUIRED'
                      | 'SOFTWARE_TOKEN_MFA'
                      | 'SMS_MFA'
                      | 'EMAIL_OTP'
                      | 'SMS_OTP'
                      | 'SELECT_MFA_TYPE'
                      | 'MFA_SETUP'
                      | 'SELECT_CHALLENGE'
                      | 'WEB_AUTHN'
                      | 'PASSWORD';
                    session: string;
                    parameters: {
                      [key: string]: unknown;
                    };
                    available?: string[];
                  };
                };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/email/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Complete an email change with the code Cognito sent to the new address */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              sub: string | null;
              email: string | null;
              emailVerified: boolean;
              name: string | null;
              phone: string | null;
              claims: {
                [key: string]: string | number | boolean | string[];
              };
              profile: {
                [key: string]: unknown;
              };
              /** @enum {string} */
              status: 'active' | 'disabled' | 'deleted' | 'guest';
              createdAt: string;
              updatedAt: string;
              lastLoginAt: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change the caller's password (the new one as at sign-up; a wrong old one is 401) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            oldPassword: string;
            newPassword: string & string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              changed: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller, created just in time if Cognito has them and the DB does not */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              sub: string | null;
              email: string | null;
              emailVerified: boolean;
              name: string | null;
              phone: string | null;
              claims: {
                [key: string]: string | number | boolean | string[];
              };
              profile: {
                [key: string]: unknown;
              };
              /** @enum {string} */
              status: 'active' | 'disabled' | 'deleted' | 'guest';
              createdAt: string;
              updatedAt: string;
              lastLoginAt: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete the caller's account: the Cognito user, the user marked deleted (user.deleted); their tokens stop working */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /**
     * Change name, phone or custom profile fields (a null profile field removes it)
     * @description A new `email` needs the access token: Cognito sends a code to it (202), and the email changes once `POST /me/email/verify` confirms it. Until then sign-in takes the old email.
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string | null;
            phone?: string | null;
            profile?: {
              [key: string]: unknown;
            };
            /** Format: email */
            email?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              sub: string | null;
              email: string | null;
              emailVerified: boolean;
              name: string | null;
              phone: string | null;
              claims: {
                [key: string]: string | number | boolean | string[];
              };
              profile: {
                [key: string]: unknown;
              };
              /** @enum {string} */
              status: 'active' | 'disabled' | 'deleted' | 'guest';
              createdAt: string;
              updatedAt: string;
              lastLoginAt: string | null;
            };
          };
        };
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                id: string;
                sub: string | null;
                email: string | null;
                emailVerified: boolean;
                name: string | null;
                phone: string | null;
                claims: {
                  [key: string]: string | number | boolean | string[];
                };
                profile: {
                  [key: string]: unknown;
                };
                /** @enum {string} */
                status: 'active' | 'disabled' | 'deleted' | 'guest';
                createdAt: string;
                updatedAt: string;
                lastLoginAt: string | null;
              };
              pendingEmail: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/me/claims': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's claims: from the id token when it carries them (no DB read), else from the DB */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              sub: string;
              claims: {
                [key: string]: string | number | boolean | string[];
              };
              groups: string[];
              /** @enum {string} */
              source: 'token' | 'db';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/mfa/totp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start TOTP enrolment: the secret, and an otpauth:// URI to show as a QR code (AssociateSoftwareToken) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              secret: string;
              uri: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/mfa/totp/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Complete TOTP enrolment with a code from the app (VerifySoftwareToken)
     * @description A wrong code is 400 CODE_MISMATCH. Enrolled is not yet on: PUT /me/mfa {totp: true} turns it on.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            deviceName?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              verified: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/mfa': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's second factors, the preferred one, and the first factors they can sign in with */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              enabled: string[];
              preferred: string | null;
              signInFactors: string[] | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    /** Turn second factors on or off, and choose the preferred one (SetUserMFAPreference) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            totp?: boolean;
            sms?: boolean;
            email?: boolean;
            /** @enum {string} */
            preferred?: 'totp' | 'sms' | 'email';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              enabled: string[];
              preferred: string | null;
              signInFactors: string[] | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/passkeys/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start registering a passkey: the options for navigator.credentials.create (StartWebAuthnRegistration) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              options: {
                [key: string]: unknown;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/passkeys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's passkeys (ListWebAuthnCredentials) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                name: string | null;
                relyingPartyId: string | null;
                attachment: string | null;
                transports: string[];
                createdAt: string | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    /** Complete the registration with the browser's credential (CompleteWebAuthnRegistration) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            credential: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              registered: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/passkeys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete one of the caller’s passkeys (DeleteWebAuthnCredential) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Users in creation order, a page at a time; search by email prefix, by sub, or by a claim's value (the store answers: Cognito cannot filter on custom attributes) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          email?: string;
          sub?: string;
          claim?: string;
          value?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                sub: string | null;
                email: string | null;
                emailVerified: boolean;
                name: string | null;
                phone: string | null;
                claims: {
                  [key: string]: string | number | boolean | string[];
                };
                profile: {
                  [key: string]: unknown;
                };
                /** @enum {string} */
                status: 'active' | 'disabled' | 'deleted' | 'guest';
                createdAt: string;
                updatedAt: string;
                lastLoginAt: string | null;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/users/{sub}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A user's stored record and Cognito record side by side, the fields that differ, and what the reconcile's rules would do (a dry run: nothing is written) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          sub: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              sub: string;
              store: {
                id: string;
                sub: string | null;
                email: string | null;
                emailVerified: boolean;
                name: string | null;
                phone: string | null;
                claims: {
                  [key: string]: string | number | boolean | string[];
                };
                profile: {
                  [key: string]: unknown;
                };
                /** @enum {string} */
                status: 'active' | 'disabled' | 'deleted' | 'guest';
                createdAt: string;
                updatedAt: string;
                lastLoginAt: string | null;
              } | null;
              cognito: {
                username: string;
                enabled: boolean;
                groups: string[];
                status: string | null;
                createdAt: string | null;
                attributes: {
                  [key: string]: string;
                };
              } | null;
              differences: {
                field: string;
                store: unknown;
                cognito: unknown;
              }[];
              reconcile: {
                decisions: {
                  status: string;
                  email: string | null;
                  sub?: string | null;
                  reason?: string;
                  oldSub?: string | null;
                  newSub?: string;
                }[];
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/users/{sub}/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** An action on a user: sync now, set claims, add or remove a group, disable, enable, sign out everywhere, reset MFA, delete, or erase (the last two confirmed with the user's sub); each writes its event and an audit entry */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          sub: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                /** @enum {string} */
                action: 'sync';
              }
            | {
                /** @enum {string} */
                action: 'set-claims';
                claims: {
                  [key: string]: (string | number | boolean | string[]) | null;
                };
              }
            | {
                /** @enum {string} */
                action: 'add-group';
                group: string;
              }
            | {
                /** @enum {string} */
                action: 'remove-group';
                group: string;
              }
            | {
                /** @enum {string} */
                action: 'disable';
              }
            | {
                /** @enum {string} */
                action: 'enable';
              }
            | {
                /** @enum {string} */
                action: 'sign-out';
              }
            | {
                /** @enum {string} */
                action: 'reset-mfa';
              }
            | {
                /** @enum {string} */
                action: 'delete';
                confirm: string;
              }
            | {
                /** @enum {string} */
                action: 'erase';
                confirm: string;
              };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              outcome: 'done' | 'failed';
              detail: {
                [key: string]: unknown;
              };
              audit: {
                id: string;
                at: string;
                actor: string;
                /** @enum {string} */
                action:
                  | 'user.sync'
                  | 'user.claims'
                  | 'user.groups.add'
                  | 'user.groups.remove'
                  | 'user.disable'
                  | 'user.enable'
                  | 'user.sign-out'
                  | 'user.reset-mfa'
                  | 'user.delete'
                  | 'user.erase'
                  | 'run.start'
                  | 'run.apply'
                  | 'outbox.redrive'
                  | 'dead-letters.redrive';
                target: string;
                /** @enum {string} */
                outcome: 'started' | 'done' | 'failed';
                detail: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What operators did through the admin API, newest first; filter by the user (sub) or run acted on */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          target?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                at: string;
                actor: string;
                /** @enum {string} */
                action:
                  | 'user.sync'
                  | 'user.claims'
                  | 'user.groups.add'
                  | 'user.groups.remove'
                  | 'user.disable'
                  | 'user.enable'
                  | 'user.sign-out'
                  | 'user.reset-mfa'
                  | 'user.delete'
                  | 'user.erase'
                  | 'run.start'
                  | 'run.apply'
                  | 'outbox.redrive'
                  | 'dead-letters.redrive';
                target: string;
                /** @enum {string} */
                outcome: 'started' | 'done' | 'failed';
                detail: {
                  [key: string]: unknown;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Job runs of every kind, newest first: status, counts, duration, resumability */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                kind: string;
                /** @enum {string} */
                status: 'running' | 'completed' | 'failed';
                dryRun: boolean;
                options: {
                  [key: string]: unknown;
                };
                counts: {
                  [key: string]: unknown;
                };
                error: string | null;
                startedAt: string;
                finishedAt: string | null;
                durationMs: number | null;
                resumable: boolean;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    /** Start a reconcile (a dry run unless asked): answered at once with the run id, while the run goes on; audited */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default true */
            dryRun?: boolean;
            /** @default false */
            createMissing?: boolean;
            /** @default false */
            markDeleted?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              runId: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/runs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A run and a page of its details (a reconcile's decisions: at most its report's first 1,000, the rest counted) */
    get: {
      parameters: {
        query?: {
          offset?: number;
          limit?: number;
          status?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              run: {
                id: string;
                kind: string;
                /** @enum {string} */
                status: 'running' | 'completed' | 'failed';
                dryRun: boolean;
                options: {
                  [key: string]: unknown;
                };
                counts: {
                  [key: string]: unknown;
                };
                error: string | null;
                startedAt: string;
                finishedAt: string | null;
                durationMs: number | null;
                resumable: boolean;
              };
              details: {
                items: {
                  [key: string]: unknown;
                }[];
                total: number;
                offset: number;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/runs/{id}/apply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Apply a reviewed dry run: a new reconcile with its flags, not dry, that re-reads Cognito and checks each row's version; audited */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              runId: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The outbox's backlog and the age of its oldest event, the newest events (by type), the parked ones, and each consumer's dead letters */
    get: {
      parameters: {
        query?: {
          type?: string;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              outbox: {
                oldestUnpublishedAgeSeconds: number;
                parked: number;
              };
              recent: {
                id: string;
                type: string;
                userId: string | null;
                createdAt: string;
                /** @enum {string} */
                state: 'pending' | 'published' | 'parked';
                attempts: number;
                error: string | null;
              }[];
              parked: {
                id: string;
                type: string;
                attempts: number;
                error: string | null;
                createdAt: string;
                parkedAt: string;
              }[];
              deadLetters: {
                consumer: string;
                messages: number;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/events/redrive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Give parked events (these ids, or all) to the relay again; audited */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            ids?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              redriven: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/dead-letters/{consumer}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A consumer's dead letters, left in place: each message's event type and id and how often it was received */
    get: {
      parameters: {
        query?: {
          limit?: number;
        };
        header?: never;
        path: {
          consumer: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                messageId: string;
                receiveCount: number;
                eventType: string | null;
                eventId: string | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/dead-letters/{consumer}/redrive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a consumer's dead letters back to its queue, to be consumed again; audited */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          consumer: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              moved: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/webhooks/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Webhook deliveries, newest first: each event sent to a receiver and the receiver's answer (its HTTP status and time, or why it did not answer) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          consumer?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                at: string;
                consumer: string;
                eventId: string;
                eventType: string;
                status: number | null;
                ms: number;
                error: string | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The store, Cognito, the outbox and the consumers' queues: each up or not, how long it took to answer, and its last error */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              store: {
                ok: boolean;
                ms: number;
                error: string | null;
              };
              cognito: {
                ok: boolean;
                ms: number;
                error: string | null;
              };
              outbox: {
                ok: boolean;
                ms: number;
                error: string | null;
                oldestUnpublishedAgeSeconds: number | null;
                parked: number | null;
                lastError: string | null;
              };
              queues: {
                ok: boolean;
                ms: number;
                error: string | null;
                deadLetters: number | null;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'VALIDATION_FAILED'
                  | 'CODE_MISMATCH'
                  | 'INVALID_CREDENTIALS'
                  | 'TOKEN_INVALID'
                  | 'TOKEN_EXPIRED'
                  | 'SIGNATURE_INVALID'
                  | 'EVENT_INVALID'
                  | 'SESSION_EXPIRED'
                  | 'FLOW_NOT_ENABLED'
                  | 'USER_NOT_CONFIRMED'
                  | 'PASSWORD_RESET_REQUIRED'
                  | 'FORBIDDEN'
                  | 'NOT_FOUND'
                  | 'USER_EXISTS'
                  | 'CONFLICT'
                  | 'DATA_REFUSED'
                  | 'LISTING_INCOMPLETE'
                  | 'METHOD_NOT_ALLOWED'
                  | 'PAYLOAD_TOO_LARGE'
                  | 'URI_TOO_LONG'
                  | 'UNSUPPORTED_MEDIA_TYPE'
                  | 'HEADERS_TOO_LARGE'
                  | 'RATE_LIMITED'
                  | 'INTERNAL'
                  | 'UPSTREAM_UNAVAILABLE'
                  | 'DB_UNAVAILABLE'
                  | 'JOB_STOPPED'
                  | 'MIGRATION_FAILED'
                  | 'DB_NOT_MIGRATED'
                  | 'STORE_UNSUPPORTED'
                  | 'CONFIG_INVALID'
                  | 'DATA_DIR_LOCKED'
                  | 'LOCAL_STACK_FAILED'
                  | 'LOCAL_STACK_NOT_INSTALLED';
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
