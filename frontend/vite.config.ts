import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

/** Where `npm run dev` sends API calls; API_URL=http://localhost:8097 points it at another backend. */
const apiUrl = process.env.API_URL || 'http://localhost:8080'

export default defineConfig({
  plugins: [vue()],
  server: {
    proxy: {
      '/api': apiUrl,
      '/q': apiUrl,
    },
  },
  build: { outDir: 'dist', emptyOutDir: true },
})
