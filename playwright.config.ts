import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-chromium';

const port = Number(process.env.E2E_PORT ?? 3100);
// A fresh database for every run: the tests start from a first-time user's state.
const databasePath = path.join(tmpdir(), `recall-e2e-${process.pid}-${Date.now()}.db`);
// Backups made from /settings go beside it, not into the checkout's data/backups.
const backupDir = path.join(tmpdir(), `recall-e2e-backups-${process.pid}-${Date.now()}`);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: findChromium(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // The README's start command: builds when needed, migrates, syncs the banks and serves the production build.
    command: 'npm start',
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: { PORT: String(port), HOST: '127.0.0.1', DATABASE_PATH: databasePath, BACKUP_DIR: backupDir, NEXT_TELEMETRY_DISABLED: '1' },
  },
});
