// Builds the dashboard's asset folder web/dist/ (gitignored): the sources in web/src/ plus the prebuilt
// front-end files from node_modules in web/dist/vendor/, so the dashboard is served fully offline from one
// folder. No bundler: plain ES modules. Run by `npm install` / `npm ci` (postinstall) and `npm run build`.
import { copyFileSync, cpSync, mkdirSync, existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(web, 'dist');
const vendor = [
  ['d3/dist/d3.min.js', 'd3.min.js'],
  ['topojson-client/dist/topojson-client.min.js', 'topojson-client.min.js'],
  ['world-atlas/countries-110m.json', 'countries-110m.json'],
];
rmSync(dist, { recursive: true, force: true });
cpSync(join(web, 'src'), dist, { recursive: true });
mkdirSync(join(dist, 'vendor'), { recursive: true });
for (const [from, to] of vendor) {
  const src = join(web, 'node_modules', from);
  if (!existsSync(src)) { console.error(`vendor: missing ${src} (run npm ci in web/)`); process.exit(1); }
  copyFileSync(src, join(dist, 'vendor', to));
}
console.log(`web: built ${dist} (${vendor.length} vendor files)`);
