// Vite bundles CSS imported for its side effects; the renderer's tsconfig has no vite/client types.
declare module '*.css';
