import { headers } from 'next/headers';
import { currentUser } from '../lib/usersync.js';

export default async function Home() {
  const user = await currentUser(await headers());
  return <p>{user ? `Signed in as ${user.email}` : 'Not signed in'}</p>;
}
