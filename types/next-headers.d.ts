declare module 'next/headers' {
  /** The headers of the request being rendered (Next.js 15: a promise). */
  export function headers(): Promise<{ get(name: string): string | null }>;
}
