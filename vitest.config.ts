import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
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
          name: 'core-dom',
          root: './packages/core',
          include: ['src/**/__tests__/**/*.dom.test.ts'],
          environment: 'jsdom',
        },
      },
      {
        test: {
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
          name: 'example-next',
          root: './examples/next',
          include: ['lib/__tests__/**/*.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
});
