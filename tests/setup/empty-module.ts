// Stands in for `server-only` under vitest, where no React server condition is set.
export {};
