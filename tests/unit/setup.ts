// Every unit test gets a fresh in-memory IndexedDB, so Dexie runs for real.
import 'fake-indexeddb/auto';
import fc from 'fast-check';

// Property tests are reproducible by default, so CI never fails at random.
// Explore new cases with FC_SEED=random (or a number to replay one run).
const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed ? Number(seed) : 20_261_125 });
