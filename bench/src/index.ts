// The benchmark workspace: `src/data` generates synthetic data at scale, `src/run` drives the load.
export {};
