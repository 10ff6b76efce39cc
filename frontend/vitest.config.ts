import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      include: ['src/**/*.spec.ts'],
      globals: false,
      // page specs render whole pages in jsdom: on a busy two-core CI machine 5 s is not always enough
      testTimeout: 20_000,
    },
  }),
)
