// Screen-space clustering for the map: a point joins the first cluster whose centre is closer than `distance`
// pixels, heaviest points first, so markers never pile up and the number drawn stays bounded (about one per
// distance² of map area) however many events match. Pure, tested in node.

export interface ScreenPoint<T> { x: number; y: number; count: number; item: T }
export interface Cluster<T> { x: number; y: number; count: number; items: T[] }

export function cluster<T>(points: ScreenPoint<T>[], distance: number): Cluster<T>[] {
  const sorted = [...points].sort((a, b) => b.count - a.count);
  const out: Cluster<T>[] = [];
  // A coarse grid of cluster centres keeps lookups local (only the 3×3 neighbouring cells are checked).
  const grid = new Map<string, number[]>();
  const cellOf = (x: number, y: number) => [Math.floor(x / distance), Math.floor(y / distance)] as const;
  const d2 = distance * distance;
  for (const p of sorted) {
    const [gx, gy] = cellOf(p.x, p.y);
    let joined = -1;
    for (let dx = -1; dx <= 1 && joined < 0; dx++) {
      for (let dy = -1; dy <= 1 && joined < 0; dy++) {
        for (const i of grid.get(`${gx + dx}:${gy + dy}`) ?? []) {
          const c = out[i]!;
          if ((c.x - p.x) ** 2 + (c.y - p.y) ** 2 < d2) {
            joined = i;
            break;
          }
        }
      }
    }
    if (joined >= 0) {
      const c = out[joined]!;
      c.count += p.count;
      c.items.push(p.item);
    } else {
      // A cluster sits on its heaviest point: centres stay `distance` apart, so markers no wider than that never overlap.
      out.push({ x: p.x, y: p.y, count: p.count, items: [p.item] });
      const key = `${gx}:${gy}`;
      grid.set(key, [...(grid.get(key) ?? []), out.length - 1]);
    }
  }
  return out;
}
