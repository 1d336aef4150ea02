import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The built app is served by the console's backend-for-frontend (one origin): `vite build services/console/app` → dist/.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 600 },
});
