// Lets TypeScript accept the CSS side-effect imports esbuild bundles into main.css.
declare module '*.css';
