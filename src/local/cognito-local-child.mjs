// Runs cognito-local (argv[2], its start script) in this process and exits as soon as the
// parent goes away, however it went: the parent holds this process's stdin open, and the
// operating system closes it when the parent dies.
process.stdin.on('end', () => process.exit(0));
process.stdin.on('close', () => process.exit(0));
process.stdin.resume();
await import(process.argv[2]);
