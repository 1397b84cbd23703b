/**
 * A phone number as Cognito takes it: E.164, a `+`, a country code that does not start with
 * 0, and 7 to 15 digits in all. The one pattern usersync checks phones with.
 */
export const E164 = /^\+[1-9]\d{6,14}$/;
