// rate-limiter-flexible's index loads every limiter it has (Redis, Mongo, the cluster's…);
// usersync imports the three it uses from their own files, typed as the package types them.
declare module 'rate-limiter-flexible/lib/RateLimiterPostgres.js' {
  import { RateLimiterPostgres } from 'rate-limiter-flexible';
  export default RateLimiterPostgres;
}
declare module 'rate-limiter-flexible/lib/RateLimiterDynamo.js' {
  import { RateLimiterDynamo } from 'rate-limiter-flexible';
  export default RateLimiterDynamo;
}
declare module 'rate-limiter-flexible/lib/RateLimiterMemory.js' {
  import { RateLimiterMemory } from 'rate-limiter-flexible';
  export default RateLimiterMemory;
}
declare module 'rate-limiter-flexible/lib/RateLimiterRes.js' {
  import { RateLimiterRes } from 'rate-limiter-flexible';
  export default RateLimiterRes;
}
