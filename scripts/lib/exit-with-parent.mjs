// Preloaded (node --import) into `next dev` by scripts/start.ts, which spawns it with an IPC
// channel. The channel closes when scripts/start.ts dies, even by kill -9; the dev server then
// stops too instead of holding the port without its database. (scripts/serve.ts does the same
// itself.) The channel must not keep a process alive on its own, hence unref.
if (process.channel) {
  process.channel.unref();
  process.once("disconnect", () => process.kill(process.pid, "SIGTERM"));
}
