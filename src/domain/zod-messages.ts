// zod's English messages for its mini API, which the configuration and the trigger events
// are checked with: the classic API turns them on when it loads, the mini API does not.
// Imported for this effect by each module whose messages reach a user.
import * as z from 'zod/mini';

z.config(z.locales.en());
