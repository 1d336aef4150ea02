import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The built app is served by the console's backend-for-frontend (one origin): `vite build` → dist/.
export default defineConfig({
  root: __dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
});
