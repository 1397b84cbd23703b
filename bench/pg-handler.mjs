// The floor of the cold-start benchmark: a handler that opens one pg pool and runs one
// query, bundled as the functions are (bench/triggers.ts), so that the run shows what any
// function that reads PostgreSQL pays at a cold start, beside usersync's triggers.
import pg from 'pg';

let pool;

export const handler = async (event) => {
  pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  await pool.query('select 1');
  return event;
};
