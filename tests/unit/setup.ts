// Every unit test gets a fresh in-memory IndexedDB, so Dexie runs for real.
import 'fake-indexeddb/auto';
