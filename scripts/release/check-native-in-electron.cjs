// Proves the better-sqlite3 binding that will be packaged loads and works INSIDE Electron, not only in
// Node: a binding built for the wrong ABI loads fine in `node` and then stops the packaged app at start.
// The release workflow runs it after @electron/rebuild, with the unfused development binary:
//
//   ELECTRON_RUN_AS_NODE=1 npx electron scripts/release/check-native-in-electron.cjs
'use strict';
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

function fail(message) {
  console.error(`check-native-in-electron: ${message}`);
  process.exit(1);
}

if (!process.versions.electron) {
  fail('this check must run inside Electron (ELECTRON_RUN_AS_NODE=1 npx electron <this file>); plain Node proves nothing about the ABI.');
}
const pinned = require('electron/package.json').version;
if (process.versions.electron !== pinned) {
  fail(`running in Electron ${process.versions.electron}, but package.json pins ${pinned}.`);
}

// The same settings the ledger uses (WAL, synchronous=FULL), on a real file. better-sqlite3 loads its
// binding on the first `new Database`, so that is where a wrong ABI shows.
const dir = mkdtempSync(join(tmpdir(), 'loket-native-'));
try {
  let db;
  try {
    const Database = require('better-sqlite3');
    db = new Database(join(dir, 'check.db'));
  } catch (err) {
    fail(`better-sqlite3 does not load in Electron ${pinned} (ABI ${process.versions.modules}): ${err.message}\nRebuild it: npx electron-rebuild --force --only better-sqlite3 --version ${pinned}`);
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE t (amount INTEGER NOT NULL) STRICT');
  db.prepare('INSERT INTO t (amount) VALUES (?)').run(2_091_650_000);
  const row = db.prepare('SELECT amount, sqlite_version() AS version FROM t').get();
  db.close();
  if (row.amount !== 2_091_650_000) fail(`read back ${row.amount}, wrote 2091650000.`);
  console.log(`better-sqlite3 works in Electron ${process.versions.electron} (ABI ${process.versions.modules}, SQLite ${row.version}).`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
