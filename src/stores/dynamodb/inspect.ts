import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';

/** What `usersync init` reads of a team's DynamoDB table: its key, and a few items. */
export interface TableSample {
  /** The partition key's attribute. */
  keyAttribute: string;
  /** Up to `limit` items, as the document client reads them. */
  items: Record<string, unknown>[];
}

/** DescribeTable and one Scan of at most `limit` items: it reads, and writes nothing. */
export async function sampleTable(
  client: DynamoDBClient,
  table: string,
  limit = 25,
): Promise<TableSample> {
  const described = await client.send(new DescribeTableCommand({ TableName: table }));
  const keyAttribute =
    described.Table?.KeySchema?.find((key) => key.KeyType === 'HASH')?.AttributeName ?? '';
  const doc = DynamoDBDocumentClient.from(client);
  const { Items = [] } = await doc.send(new ScanCommand({ TableName: table, Limit: limit }));
  return { keyAttribute, items: Items };
}
