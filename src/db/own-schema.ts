import {
  OperationNodeTransformer,
  TableNode,
  WithSchemaPlugin,
  sql,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryId,
  type QueryResult,
  type RawBuilder,
  type RawNode,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import type { Database } from './schema.ts';

/**
 * The PostgreSQL schema usersync keeps its own tables and functions in, unless configured
 * otherwise (`DATABASE_SCHEMA`). Nothing of usersync's lives outside it.
 */
export const DEFAULT_SCHEMA = 'usersync';

/**
 * One of usersync's own tables in raw SQL (`sql\`select … from ${table('outbox')}\``):
 * qualified with usersync's schema by {@link OwnSchemaPlugin}, as the query builder's
 * tables are.
 */
export function table(name: keyof Database): RawBuilder<unknown> {
  return sql`${sql.table(name)}`;
}

/**
 * One of usersync's own SQL functions in raw SQL (`${ownFunction('usersync_email_hash')}(…)`),
 * qualified with its schema as {@link table} is: a function is named as a table is.
 */
export function ownFunction(
  name: 'usersync_email_hash' | 'usersync_user_event' | 'usersync_uuid_v7' | 'usersync_user_key',
): RawBuilder<unknown> {
  return sql`${sql.table(name)}`;
}

/** Qualifies every unqualified table named in raw SQL (only {@link table} makes one there). */
class RawTableTransformer extends OperationNodeTransformer {
  readonly #schema: string;
  constructor(schema: string) {
    super();
    this.#schema = schema;
  }
  protected override transformRaw(node: RawNode, queryId?: QueryId): RawNode {
    const raw = super.transformRaw(node, queryId);
    return {
      ...raw,
      parameters: raw.parameters.map((parameter) =>
        TableNode.is(parameter) && parameter.table.schema === undefined
          ? TableNode.createWithSchema(this.#schema, parameter.table.identifier.name)
          : parameter,
      ),
    };
  }
}

/**
 * Puts every table usersync names in its own schema: the query builder's through Kysely's
 * {@link WithSchemaPlugin}, and raw SQL's through {@link table} and {@link ownFunction}.
 * Every name is qualified in the statement itself, with no `SET search_path` (which would pin
 * each connection of an RDS Proxy to its session), so that the team's own tables, in their
 * schemas, are never confused with usersync's.
 */
export class OwnSchemaPlugin implements KyselyPlugin {
  readonly #builder: WithSchemaPlugin;
  readonly #raw: RawTableTransformer;
  constructor(schema: string) {
    this.#builder = new WithSchemaPlugin(schema);
    this.#raw = new RawTableTransformer(schema);
  }
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#raw.transformNode(this.#builder.transformQuery(args), args.queryId);
  }
  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return this.#builder.transformResult(args);
  }
}
