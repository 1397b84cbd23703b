/** usersync runs on the server, with its own dependencies (pg, the AWS SDK): not bundled. */
export default { serverExternalPackages: ['usersync'] };
