import type { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';

/**
 * How many items a Query matches, every page of it: `query` builds the Query (with
 * `Select: 'COUNT'`) from a page's start.
 */
export async function countMatching(
  doc: DynamoDBDocumentClient,
  query: (start: Record<string, unknown> | undefined) => QueryCommand,
): Promise<number> {
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await doc.send(query(start));
    count += page.Count ?? 0;
    start = page.LastEvaluatedKey;
  } while (start !== undefined);
  return count;
}
