// Preloaded into the API when profiling (BENCH_PROFILE): V8 writes --cpu-prof only on a normal exit.
process.on("SIGTERM", () => process.exit(0));
