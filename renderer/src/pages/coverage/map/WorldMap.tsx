// The coverage map: every Member State coloured by its standing in the year shown, hatched when on
// that year's list. In its full form each State is a link to its dossier, reached with the arrow
// keys (one tab stop for the whole map), and hovering or focusing a State shows its name card.
import { memo, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { navigate, dossierHref } from '../../../router';
import { t, useLanguage } from '../../../i18n';
import { STATUS_FILL } from '../palette';
import { Loading } from '../../../components/AsyncView';
import {
  loadAtlas,
  loadedAtlas,
  MAP_HEIGHT,
  MAP_WIDTH,
  MARKER_RADIUS,
  worldMap,
  type Place,
} from './geometry';
import { describe, lastVisitWords, statusWords, type StateStanding } from './standing';

/** The fills and patterns of the map, defined once per map and used by its legend too. */
export interface MapPatterns {
  hatch: string;
  never: string;
}

export function fillOf(s: Pick<StateStanding, 'status'>, patterns: MapPatterns): string {
  return s.status === 'never' ? `url(#${patterns.never})` : STATUS_FILL[s.status];
}

export function PatternDefs({ patterns }: { patterns: MapPatterns }) {
  return (
    <defs>
      {/* "On the year's list": dark and light stripes, visible on every fill. */}
      <pattern
        id={patterns.hatch}
        width="5"
        height="5"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <line x1="1" y1="0" x2="1" y2="5" stroke="#ffffff" strokeWidth="1.4" />
        <line x1="3.2" y1="0" x2="3.2" y2="5" stroke="#1b2733" strokeWidth="1.2" />
      </pattern>
      {/* "Never visited": orange with dark dots. */}
      <pattern id={patterns.never} width="4" height="4" patternUnits="userSpaceOnUse">
        <rect width="4" height="4" fill={STATUS_FILL.never} />
        <circle cx="2" cy="2" r="0.75" fill="#5c2c00" />
      </pattern>
    </defs>
  );
}

export function usePatterns(): MapPatterns {
  const id = useId().replace(/[^\w-]/g, '');
  return useMemo(() => ({ hatch: `${id}-hatch`, never: `${id}-never` }), [id]);
}

/** Names compared letter by letter as the reader's language orders them (type-ahead too). */
const byName = (a: string, b: string) =>
  a.localeCompare(b, useLanguage.getState().language, { sensitivity: 'base' });

interface Handlers {
  current: string | null;
  onShow(iso3: string | null, how: 'hover' | 'focus'): void;
}

/** The props that make a State a link of the map. */
function linkProps(s: StateStanding, year: number, handlers: Handlers) {
  const iso3 = s.state.iso3;
  return {
    href: dossierHref(iso3),
    'data-iso3': iso3,
    'data-status': s.status,
    'data-on-list': s.onList ? 'true' : undefined,
    className: 'map-state',
    tabIndex: handlers.current === iso3 ? 0 : -1,
    'aria-label': describe(s, year),
    onFocus: () => handlers.onShow(iso3, 'focus'),
    onBlur: () => handlers.onShow(null, 'focus'),
    onMouseEnter: () => handlers.onShow(iso3, 'hover'),
    onMouseLeave: () => handlers.onShow(null, 'hover'),
  };
}

interface ShapeProps {
  s: StateStanding;
  place: Place;
  year: number;
  inRegion: boolean;
  interactive: boolean;
  patterns: MapPatterns;
  handlers: Handlers;
}

/** A State's outline: the link itself, or (for a State with a marker) a picture that opens it too. */
const StateShape = memo(function StateShape({
  s,
  place,
  year,
  inRegion,
  interactive,
  patterns,
  handlers,
}: ShapeProps) {
  if (!place.d) return null;
  const fill = inRegion ? fillOf(s, patterns) : undefined;
  const shapes = (
    <>
      <path d={place.d} className={inRegion ? 'map-shape' : 'map-shape is-out'} fill={fill} />
      {inRegion && s.onList && (
        <path d={place.d} className="map-hatch" fill={`url(#${patterns.hatch})`} />
      )}
    </>
  );
  if (interactive && inRegion && !place.marker)
    return <a {...linkProps(s, year, handlers)}>{shapes}</a>;
  return (
    <g
      data-status={s.status}
      onClick={interactive && inRegion ? () => navigate(dossierHref(s.state.iso3)) : undefined}
    >
      {shapes}
    </g>
  );
});

/** A small State's marker: a circle, or a diamond when on the year's list; 24 units across to hit. */
const StateMarker = memo(function StateMarker({
  s,
  place,
  year,
  inRegion,
  interactive,
  patterns,
  handlers,
}: ShapeProps) {
  const m = place.marker;
  if (!m) return null;
  const size = MARKER_RADIUS / 2;
  const fill = inRegion ? fillOf(s, patterns) : undefined;
  const symbol = s.onList ? (
    <>
      <rect
        x={m.x - size}
        y={m.y - size}
        width={size * 2}
        height={size * 2}
        transform={`rotate(45 ${m.x} ${m.y})`}
        className={inRegion ? 'map-symbol' : 'map-symbol is-out'}
        fill={fill}
      />
      {inRegion && (
        <rect
          x={m.x - size}
          y={m.y - size}
          width={size * 2}
          height={size * 2}
          transform={`rotate(45 ${m.x} ${m.y})`}
          className="map-hatch"
          fill={`url(#${patterns.hatch})`}
        />
      )}
    </>
  ) : (
    <circle
      cx={m.x}
      cy={m.y}
      r={size}
      className={inRegion ? 'map-symbol' : 'map-symbol is-out'}
      fill={fill}
    />
  );
  const displaced = Math.hypot(m.x - m.anchorX, m.y - m.anchorY) > size;
  const content = (
    <>
      {displaced && (
        <>
          <line x1={m.anchorX} y1={m.anchorY} x2={m.x} y2={m.y} className="map-leader" />
          <circle cx={m.anchorX} cy={m.anchorY} r={1.2} className="map-anchor" />
        </>
      )}
      <circle cx={m.x} cy={m.y} r={MARKER_RADIUS} className="map-hit" />
      {symbol}
    </>
  );
  if (interactive && inRegion) return <a {...linkProps(s, year, handlers)}>{content}</a>;
  return <g data-status={s.status}>{content}</g>;
});

export function WorldMap({
  standings,
  year,
  region,
  interactive,
  label,
  hint,
}: {
  standings: StateStanding[];
  year: number;
  /** Only this region's States are coloured and reachable (null: all). */
  region: string | null;
  /** The full map (links, keyboard, name cards); otherwise a picture named by `label`. */
  interactive: boolean;
  label: string;
  /** The id of the text telling how to use the map from the keyboard. */
  hint?: string;
}) {
  const states = useMemo(() => standings.map((s) => s.state), [standings]);
  const [atlas, setAtlas] = useState(loadedAtlas);
  useEffect(() => {
    if (!atlas) void loadAtlas().then(setAtlas);
  }, [atlas]);
  const world = useMemo(() => (atlas ? worldMap(atlas, states) : null), [atlas, states]);
  const patterns = usePatterns();
  const svg = useRef<SVGSVGElement>(null);
  const [active, setActive] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  /** The name card follows the latest of the pointer and the keyboard. */
  const [latest, setLatest] = useState<'hover' | 'focus'>('focus');

  const order = useMemo(
    () =>
      standings
        .filter((s) => region === null || s.state.region === region)
        .map((s) => s.state)
        .sort((a, b) => byName(a.name, b.name)),
    [standings, region],
  );
  const current = order.some((s) => s.iso3 === active) ? active : (order[0]?.iso3 ?? null);
  const handlers = useMemo<Handlers>(
    () => ({
      current,
      onShow: (iso3, how) => {
        if (iso3) setLatest(how);
        if (how === 'hover') setHovered(iso3);
        else {
          setFocused(iso3);
          if (iso3) setActive(iso3);
        }
      },
    }),
    [current],
  );

  const moveFocus = (e: KeyboardEvent<SVGSVGElement>) => {
    const from = (e.target as Element).getAttribute('data-iso3');
    const i = order.findIndex((s) => s.iso3 === from);
    if (i < 0) return;
    let next: number | null = null;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = (i + 1) % order.length;
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp')
      next = (i - 1 + order.length) % order.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = order.length - 1;
    else if (e.key.length === 1 && /\p{L}/u.test(e.key)) {
      // Type-ahead: the next State whose name starts with the letter.
      for (let k = 1; k <= order.length && next === null; k++) {
        const candidate = order[(i + k) % order.length]!;
        if (byName(candidate.name.slice(0, 1), e.key) === 0) next = (i + k) % order.length;
      }
    }
    if (next === null) return;
    e.preventDefault();
    const to = order[next]!.iso3;
    setActive(to);
    svg.current?.querySelector<SVGAElement>(`[data-iso3="${to}"]`)?.focus();
  };

  if (!world)
    return (
      <div className="world-map is-loading">
        <Loading />
      </div>
    );
  const shown = latest === 'hover' ? (hovered ?? focused) : (focused ?? hovered);
  const card = shown ? standings.find((s) => s.state.iso3 === shown) : undefined;
  const cardPlace = card ? world.places.get(card.state.m49) : undefined;
  const common = { year, interactive, patterns, handlers };
  const inRegion = (s: StateStanding) => region === null || s.state.region === region;

  return (
    <div
      className={interactive ? 'world-map' : 'world-map is-compact'}
      {...(interactive ? {} : { role: 'img', 'aria-label': label })}
    >
      <svg
        ref={svg}
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        {...(interactive
          ? { role: 'group', 'aria-label': label, 'aria-describedby': hint, onKeyDown: moveFocus }
          : { 'aria-hidden': true })}
      >
        <PatternDefs patterns={patterns} />
        <path d={world.background} className="map-background" />
        <g className="map-shapes">
          {standings.map((s) => (
            <StateShape
              key={s.state.iso3}
              s={s}
              place={world.places.get(s.state.m49)!}
              inRegion={inRegion(s)}
              {...common}
            />
          ))}
        </g>
        <g className="map-markers">
          {standings.map((s) => (
            <StateMarker
              key={s.state.iso3}
              s={s}
              place={world.places.get(s.state.m49)!}
              inRegion={inRegion(s)}
              {...common}
            />
          ))}
        </g>
      </svg>
      {interactive && card && cardPlace && (
        <div
          className={cardPlace.y < MAP_HEIGHT * 0.3 ? 'map-card is-below' : 'map-card'}
          style={{
            left: `${(100 * cardPlace.x) / MAP_WIDTH}%`,
            top: `${(100 * cardPlace.y) / MAP_HEIGHT}%`,
          }}
          aria-hidden="true"
        >
          <strong>{card.state.name}</strong>
          <span>{statusWords(card, year)}</span>
          <span>{t('coverageMap.lastVisit', { visit: lastVisitWords(card) })}</span>
          {card.onList && <span>{t('coverageMap.onList', { year })}</span>}
        </div>
      )}
    </div>
  );
}
