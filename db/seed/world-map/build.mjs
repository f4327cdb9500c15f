// Builds world_map.csv for the portal's server-drawn world map: one row per country of Natural Earth (through the
// world-atlas package), projected with Equal Earth onto a 1000 x 500 viewBox. Shapes come from the 1:110m file;
// a country absent there takes its 1:50m shape; one absent from both gets only a marker at its 1:10m centroid.
// Run: npm ci && node build.mjs > ../world_map.csv
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import { geoEqualEarth, geoPath } from 'd3-geo';

const WIDTH = 1000, HEIGHT = 500;
const features = (scale) => {
  const topo = JSON.parse(readFileSync(new URL(`./node_modules/world-atlas/countries-${scale}.json`, import.meta.url)));
  return feature(topo, topo.objects.countries).features.filter((f) => f.id && f.properties.name !== 'Antarctica');
};
const coarse = features('110m'), medium = features('50m'), fine = features('10m');
const projection = geoEqualEarth().fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], { type: 'FeatureCollection', features: coarse });
const path = geoPath(projection).digits(1);
const round = (n) => Math.round(n * 10) / 10;

const rows = new Map();
function add(f, withShape) {
  const area = withShape ? path.area(f) : 0;
  const [x, y] = path.centroid(f);
  if (!Number.isFinite(x)) return;
  const row = rows.get(f.id);
  const d = withShape ? path(f) ?? '' : '';
  if (!row) {
    rows.set(f.id, { numeric: f.id, name: f.properties.name, d, x: round(x), y: round(y), area });
  } else if (withShape) {
    // Natural Earth gives some codes to several units (Australia and Ashmore and Cartier Islands): one shape, the
    // largest unit's name and centre.
    row.d += d;
    if (area > row.area) Object.assign(row, { name: f.properties.name, x: round(x), y: round(y) });
    row.area += area;
  }
}
coarse.forEach((f) => add(f, true));
const coarseIds = new Set(rows.keys());
medium.filter((f) => !coarseIds.has(f.id)).forEach((f) => add(f, true));
fine.filter((f) => !rows.has(f.id)).forEach((f) => add(f, false));

const q = (s) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
console.log('numeric,name,centroid_x,centroid_y,area,path');
for (const r of [...rows.values()].sort((a, b) => a.numeric.localeCompare(b.numeric))) {
  console.log([r.numeric, q(r.name), r.x, r.y, round(r.area), q(r.d)].join(','));
}
