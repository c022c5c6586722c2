import type { Projection } from './project-recall';

/** An area's projection and the key of everything it was computed from. */
export type ProjectionCache = Map<string, { key: string; projection: Projection }>;

/**
 * The projection of each area in `areas`, from `cache` when the area's key is unchanged; the others are computed
 * together, in one call to `compute` with their ids, and stored. A key must change whenever anything the projection
 * depends on does (the area's cards, the settings, the time).
 */
export function cachedProjections(
  cache: ProjectionCache,
  areas: readonly { id: string; key: string }[],
  compute: (areaIds: string[]) => Projection[],
): Projection[] {
  const stale = areas.filter((area) => cache.get(area.id)?.key !== area.key);
  if (stale.length > 0) {
    const computed = compute(stale.map((area) => area.id));
    stale.forEach((area, index) => cache.set(area.id, { key: area.key, projection: computed[index]! }));
  }
  return areas.map((area) => cache.get(area.id)!.projection);
}
