// The world map's geometry: Natural Earth 1:50m boundaries (world-atlas, bundled in a chunk of its
// own so that the map works offline) projected with d3-geo's Equal Earth projection, once per
// session. Each Member State gets an SVG path, and every State too small to see or hit at this
// scale (or absent from the data, like Tuvalu) a marker at its coordinates, pushed clear of its
// neighbours with a leader line back.
//
// The first render must be quick, so each shape goes through the projection once: the topology's
// arcs are decoded once (with less detail than the data has, which the map cannot show anyway) and
// streamed straight into d3's projection stream, whose output is written as the SVG path and
// measured (box, area, centre) in the same pass.
import { geoEqualEarth, geoStream, type GeoProjection, type GeoStream } from 'd3-geo';
import { merge } from 'topojson-client';
import type { GeometryObject, MultiPolygon, Polygon, Topology } from 'topojson-specification';

/** The map's own units: it is drawn at this size or larger (its box scrolls on a narrow window). */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;
/** A marker's radius: a target 24 pixels across at the map's smallest size. */
export const MARKER_RADIUS = 12;
/** A shape narrower and lower than this, or smaller in area, also gets a marker. */
const SMALL_EXTENT = 6;
const SMALL_AREA = 10;
/** Antarctica is no Member State's and would take a fifth of the height. */
const LEFT_OUT = new Set(['010']);
/** The latitudes the map spans: northern Greenland, and Cape Horn with some sea beyond it. */
const NORTH = 84;
const SOUTH = -58;
/** Arc points closer than this (in degrees, either way) to the last one kept are left out. */
const ARC_DETAIL = 0.2;
/**
 * Territories the data draws apart from the Member State they belong to in the United Nations'
 * usage; they are drawn and coloured with that State.
 */
const PART_OF: Record<string, string> = { Somaliland: '706', 'N. Cyprus': '196' };

export interface Marker {
  /** Where the marker stands, after being pushed clear of others. */
  x: number;
  y: number;
  /** The State's own coordinates on the map, where its leader line points. */
  anchorX: number;
  anchorY: number;
}

export interface Place {
  /** The State's outline (null when the boundary data lacks it). */
  d: string | null;
  /** Where its name card appears. */
  x: number;
  y: number;
  marker: Marker | null;
}

export interface WorldMap {
  /** By ISO numeric (M49) code. */
  places: Map<string, Place>;
  /** Land that is no Member State's, drawn beneath. */
  background: string;
}

type Shape = GeometryObject & { id?: string; properties?: { name?: string } };

interface Arcs {
  /** Every point of each arc, as longitude/latitude pairs. */
  full: Float64Array[];
  /**
   * The same arcs without the points closer than ARC_DETAIL to the last one kept (about half a
   * pixel at the map's size). Borders shared by two States stay shared, so no gap opens between
   * them.
   */
  thin: Float64Array[];
  /** The arcs that reach the antimeridian, where shapes are cut in two. */
  onAntimeridian: Set<number>;
}

function decodeArcs(topology: Topology): Arcs {
  const [sx, sy] = topology.transform!.scale;
  const [tx, ty] = topology.transform!.translate;
  const full: Float64Array[] = [];
  const thin: Float64Array[] = [];
  const onAntimeridian = new Set<number>();
  for (const arc of topology.arcs) {
    const all = new Float64Array(arc.length * 2);
    const kept: number[] = [];
    let [x, y] = [0, 0];
    arc.forEach(([ddx, ddy], i) => {
      x += ddx!;
      y += ddy!;
      all[2 * i] = x * sx + tx;
      all[2 * i + 1] = y * sy + ty;
      if (
        i === 0 ||
        i === arc.length - 1 ||
        Math.abs(all[2 * i]! - kept[kept.length - 2]!) >= ARC_DETAIL ||
        Math.abs(all[2 * i + 1]! - kept[kept.length - 1]!) >= ARC_DETAIL
      )
        kept.push(all[2 * i]!, all[2 * i + 1]!);
    });
    for (let i = 0; i < all.length; i += 2)
      if (Math.abs(all[i]!) > 179.9) onAntimeridian.add(full.length);
    full.push(all);
    thin.push(kept.length === all.length ? all : Float64Array.from(kept));
  }
  return { full, thin, onAntimeridian };
}

/**
 * Visits the points of a ring made of `indexes` (negative: the arc reversed), as topojson-client
 * joins them: each arc after the first starts where the last one ended. The ring's last point
 * closes it on its first and is not visited: d3 closes rings itself.
 */
function visitRing(indexes: number[], arcs: Float64Array[], visit: (x: number, y: number) => void) {
  indexes.forEach((index, k) => {
    const arc = arcs[index < 0 ? ~index : index]!;
    const n = arc.length / 2;
    const end = k === indexes.length - 1 ? n - 1 : n;
    for (let i = k === 0 ? 0 : 1; i < end; i++) {
      const j = index < 0 ? n - 1 - i : i;
      visit(arc[2 * j]!, arc[2 * j + 1]!);
    }
  });
}

/** Twice the signed area of a ring in longitude/latitude, and how many points it has. */
function ringShape(indexes: number[], arcs: Float64Array[]): { area: number; points: number } {
  let [area, points, x0, y0, px, py] = [0, 0, 0, 0, 0, 0];
  visitRing(indexes, arcs, (x, y) => {
    if (points === 0) [x0, y0] = [x, y];
    else area += px * y - x * py;
    [px, py] = [x, y];
    points += 1;
  });
  return { area: area + px * y0 - x0 * py, points };
}

/**
 * Streams a polygon or multipolygon of the topology into `stream`, as topojson-client's feature()
 * and d3's geoStream would, each ring with less detail. Where d3 clips at the antimeridian it tells
 * a shape from the rest of the sphere by the way its rings turn, so there (`clipped`) a ring that
 * would lose its area or turn the other way with less detail (an islet, a narrow spit) keeps every
 * point.
 */
function streamShape(shape: Shape, arcs: Arcs, stream: GeoStream, clipped: boolean): void {
  const ring = (indexes: number[]) => {
    let detail = arcs.thin;
    if (clipped) {
      const thin = ringShape(indexes, arcs.thin);
      const full = ringShape(indexes, arcs.full);
      const keepsShape =
        thin.points >= 3 &&
        Math.sign(thin.area) === Math.sign(full.area) &&
        Math.abs(thin.area) > Math.abs(full.area) / 2;
      if (!keepsShape) detail = arcs.full;
    }
    stream.lineStart();
    visitRing(indexes, detail, (x, y) => stream.point(x, y));
    stream.lineEnd();
  };
  const polygon = (rings: number[][]) => {
    stream.polygonStart();
    rings.forEach(ring);
    stream.polygonEnd();
  };
  if (shape.type === 'Polygon') polygon((shape as Polygon).arcs);
  else if (shape.type === 'MultiPolygon') (shape as MultiPolygon).arcs.forEach(polygon);
}

/**
 * The end of the pipeline: writes the projected points as an SVG path (to a tenth of a unit,
 * leaving out a point less than a third of a unit from the last one written) and measures them.
 */
class PathWriter implements GeoStream {
  private path = '';
  private first = true;
  private inPolygon = false;
  private x0 = Infinity;
  private y0 = Infinity;
  private x1 = -Infinity;
  private y1 = -Infinity;
  /** Twice the signed area of the rings (the shoelace sum), and the sums for their centroid. */
  private area2 = 0;
  private cx = 0;
  private cy = 0;
  private lastX = 0;
  private lastY = 0;
  private startX = 0;
  private startY = 0;

  private edge(ax: number, ay: number, bx: number, by: number): void {
    const cross = ax * by - bx * ay;
    this.area2 += cross;
    this.cx += (ax + bx) * cross;
    this.cy += (ay + by) * cross;
  }

  point(x: number, y: number): void {
    if (!this.first && Math.abs(x - this.lastX) < 1 / 3 && Math.abs(y - this.lastY) < 1 / 3) return;
    if (x < this.x0) this.x0 = x;
    if (x > this.x1) this.x1 = x;
    if (y < this.y0) this.y0 = y;
    if (y > this.y1) this.y1 = y;
    if (this.first) [this.startX, this.startY] = [x, y];
    else if (this.inPolygon) this.edge(this.lastX, this.lastY, x, y);
    this.path += `${this.first ? 'M' : 'L'}${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`;
    [this.lastX, this.lastY] = [x, y];
    this.first = false;
  }
  lineStart(): void {
    this.first = true;
  }
  lineEnd(): void {
    if (this.inPolygon && !this.first) {
      this.edge(this.lastX, this.lastY, this.startX, this.startY);
      this.path += 'Z';
    }
  }
  polygonStart(): void {
    this.inPolygon = true;
  }
  polygonEnd(): void {
    this.inPolygon = false;
  }

  /** The path written since the last call, with its box, area and centroid; and a fresh start. */
  take() {
    const area = Math.abs(this.area2) / 2;
    const taken = {
      d: this.path || null,
      width: this.x1 - this.x0,
      height: this.y1 - this.y0,
      area,
      // The centroid of the rings, or the box's centre for a sliver.
      centre:
        area > 1
          ? [this.cx / (3 * this.area2), this.cy / (3 * this.area2)]
          : [(this.x0 + this.x1) / 2, (this.y0 + this.y1) / 2],
    };
    this.path = '';
    [this.x0, this.y0, this.x1, this.y1] = [Infinity, Infinity, -Infinity, -Infinity];
    this.area2 = this.cx = this.cy = 0;
    return taken;
  }
}

/** Pushes overlapping markers apart, deterministically, until none overlaps another. */
function spreadMarkers(markers: Marker[]): void {
  const gap = 2 * MARKER_RADIUS + 2;
  for (let round = 0; round < 200; round++) {
    let overlaps = false;
    for (let i = 0; i < markers.length; i++) {
      const a = markers[i]!;
      for (let j = i + 1; j < markers.length; j++) {
        const b = markers[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        if (Math.abs(dx) >= gap || Math.abs(dy) >= gap) continue;
        let distance = Math.sqrt(dx * dx + dy * dy);
        if (distance >= gap - 0.01) continue;
        overlaps = true;
        if (distance < 1e-6) {
          // Same spot: part them along a direction fixed by their order.
          dx = Math.cos(i + j);
          dy = Math.sin(i + j);
          distance = 1;
        }
        const push = (gap - distance) / 2 / distance;
        a.x -= dx * push;
        a.y -= dy * push;
        b.x += dx * push;
        b.y += dy * push;
      }
    }
    if (!overlaps) break;
    for (const m of markers) {
      m.x = Math.min(Math.max(m.x, MARKER_RADIUS), MAP_WIDTH - MARKER_RADIUS);
      m.y = Math.min(Math.max(m.y, MARKER_RADIUS), MAP_HEIGHT - MARKER_RADIUS);
    }
  }
}

/** Equal Earth, fitted to the land without Antarctica: the widest parallel and the far north and south. */
function projection(): GeoProjection {
  return geoEqualEarth()
    .precision(0)
    .fitExtent(
      [
        [2, 2],
        [MAP_WIDTH - 2, MAP_HEIGHT - 2],
      ],
      {
        type: 'MultiPoint',
        coordinates: [
          [-180, 0],
          [180, 0],
          [0, NORTH],
          [0, SOUTH],
          [-180, SOUTH],
          [180, SOUTH],
        ],
      },
    );
}

function build(topology: Topology, states: { m49: string; latlng: [number, number] }[]): WorldMap {
  const shapes = (topology.objects.countries as { geometries: Shape[] }).geometries;
  const members = new Set(states.map((s) => s.m49));
  const ownerOf = (g: Shape) => PART_OF[g.properties?.name ?? ''] ?? g.id ?? '';
  const byState = new Map<string, Shape[]>();
  const others: Shape[] = [];
  for (const g of shapes) {
    const owner = ownerOf(g);
    if (LEFT_OUT.has(owner)) continue;
    if (members.has(owner)) byState.set(owner, [...(byState.get(owner) ?? []), g]);
    else others.push(g);
  }

  const arcs = decodeArcs(topology);
  const project = projection();
  const writer = new PathWriter();
  // Only shapes reaching the antimeridian need d3's clipping there (Russia, Fiji…); the others,
  // nearly all, skip its cost.
  const clipped = project.stream(writer);
  const unclipped = projection()
    .preclip((s) => s)
    .stream(writer);
  const reaches180 = (shape: Shape): boolean => {
    const rings =
      shape.type === 'Polygon'
        ? (shape as Polygon).arcs
        : shape.type === 'MultiPolygon'
          ? (shape as MultiPolygon).arcs.flat()
          : [];
    return rings.some((ring) => ring.some((i) => arcs.onAntimeridian.has(i < 0 ? ~i : i)));
  };
  const draw = (shape: Shape) =>
    reaches180(shape)
      ? streamShape(shape, arcs, clipped, true)
      : streamShape(shape, arcs, unclipped, false);

  const places = new Map<string, Place>();
  const markers: Marker[] = [];
  for (const { m49, latlng } of states) {
    const own = byState.get(m49) ?? [];
    // Several shapes are merged into one outline (no border drawn between a State's parts); there
    // are three (Australia, Cyprus, Somalia), taken at the data's full detail.
    if (own.length === 1) draw(own[0]!);
    else if (own.length > 1) geoStream(merge(topology, own as (Polygon | MultiPolygon)[]), clipped);
    const { d, width, height, area, centre } = writer.take();
    const [anchorX, anchorY] = project([latlng[1], latlng[0]]) ?? [0, 0];
    const small =
      d === null || (width < SMALL_EXTENT && height < SMALL_EXTENT) || area < SMALL_AREA;
    const marker = small ? { x: anchorX, y: anchorY, anchorX, anchorY } : null;
    if (marker) markers.push(marker);
    const [x, y] = d === null ? [anchorX, anchorY] : (centre as [number, number]);
    places.set(m49, { d, x, y, marker });
  }
  spreadMarkers(markers);
  for (const place of places.values())
    if (place.marker) [place.x, place.y] = [place.marker.x, place.marker.y];

  for (const g of others) draw(g);
  return { places, background: writer.take().d ?? '' };
}

let atlas: Topology | null = null;
let loading: Promise<Topology> | null = null;

/** The boundary data, once loaded. */
export const loadedAtlas = (): Topology | null => atlas;

/** Loads the boundary data (a bundled file: no network is involved). */
export function loadAtlas(): Promise<Topology> {
  loading ??= import('world-atlas/countries-50m.json').then(
    (m) => (atlas = m.default as unknown as Topology),
  );
  return loading;
}

let made: { key: string; map: WorldMap } | null = null;

/** The map for these States, projected on first use and kept for the rest of the session. */
export function worldMap(
  topology: Topology,
  states: { m49: string; latlng: [number, number] }[],
): WorldMap {
  const key = states.map((s) => `${s.m49}@${s.latlng.join(',')}`).join(' ');
  if (made?.key !== key) made = { key, map: build(topology, states) };
  return made.map;
}
