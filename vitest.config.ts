import { defineConfig } from 'vitest/config';
import { rendererNames } from './packages/adapter-tests/src/renderers/names.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          // A hang-catcher, not a timing assertion: tests wait for conditions, and a busy machine only makes them slower.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          name: 'core',
          root: './packages/core',
          include: ['src/**/__tests__/**/*.test.ts'],
          exclude: ['src/**/__tests__/**/*.dom.test.ts'],
          environment: 'node',
          typecheck: { enabled: true, include: ['src/**/__tests__/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      {
        test: {
          // A hang-catcher, not a timing assertion: tests wait for conditions, and a busy machine only makes them slower.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          name: 'core-dom',
          root: './packages/core',
          include: ['src/**/__tests__/**/*.dom.test.ts'],
          environment: 'jsdom',
        },
      },
      {
        test: {
          // A hang-catcher, not a timing assertion: tests wait for conditions, and a busy machine only makes them slower.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          name: 'react',
          root: './packages/react',
          include: ['src/**/__tests__/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['./src/__tests__/setup.ts'],
          typecheck: { enabled: true, include: ['src/**/__tests__/**/*.test-d.{ts,tsx}'], tsconfig: './tsconfig.json' },
        },
      },
      {
        test: {
          // A hang-catcher, not a timing assertion: tests wait for conditions, and a busy machine only makes them slower.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          name: 'vue',
          root: './packages/vue',
          include: ['src/**/__tests__/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['./src/__tests__/setup.ts'],
          typecheck: { enabled: true, include: ['src/**/__tests__/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      {
        test: {
          name: 'example-config',
          root: './examples/introw-config',
          include: ['src/**/__tests__/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          // A hang-catcher, not a timing assertion: tests wait for conditions, and a busy machine only makes them slower.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          name: 'dom',
          root: './packages/dom',
          include: ['src/**/__tests__/**/*.test.ts'],
          // DOM tests say `@vitest-environment jsdom` in their first line.
          environment: 'node',
        },
      },
      {
        test: {
          testTimeout: 60_000,
          hookTimeout: 60_000,
          name: 'example-static',
          root: './examples/static',
          include: ['test/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'example-next',
          root: './examples/next',
          include: ['lib/__tests__/**/*.test.ts'],
          environment: 'node',
        },
      },
      // One behavioural suite for every renderer (packages/adapter-tests/README.md): a project each.
      ...rendererNames.map((renderer) => ({
        test: {
          // A hang-catcher, not a timing assertion: tests wait for conditions, and a busy machine only makes them slower.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          name: `adapters:${renderer}`,
          root: './packages/adapter-tests',
          include: ['src/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['./src/setup.ts'],
          provide: { renderer },
          // A suite file whose tests all need capabilities a renderer lacks (hooks, gates: the
          // framework-free renderer) registers nothing for it (describeWith): not an error.
          passWithNoTests: true,
        },
      })),
      {
        test: {
          testTimeout: 60_000,
          hookTimeout: 60_000,
          name: 'audit',
          root: './packages/audit',
          include: ['src/**/__tests__/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'server',
          root: './packages/server',
          include: ['src/**/__tests__/**/*.test.ts'],
          environment: 'node',
          // Generous: PGlite starts a database per suite and the process suites start servers on a
          // shared 2-core machine. A timeout is a hang detector here, never a speed check.
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
