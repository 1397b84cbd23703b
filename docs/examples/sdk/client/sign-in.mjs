import { createUsersyncClient } from 'usersync/client';

const baseUrl = process.env.USERSYNC_API_URL; // e.g. https://api.example.com
const answer = await createUsersyncClient({ baseUrl }).signIn({
  email: process.env.EMAIL,
  password: process.env.PASSWORD,
});
if (answer.challenge) throw new Error(`answer ${answer.challenge.name} with answerChallenge()`);
const client = createUsersyncClient({ baseUrl, token: () => answer.accessToken });
console.log(JSON.stringify({ me: await client.me(), claims: await client.claims() }));
