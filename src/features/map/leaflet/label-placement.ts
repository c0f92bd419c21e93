// Ward names and place markers often share a spot (an office is near its ward's middle). Markers
// win: a name that a marker would cover moves just below, above or beside that marker, and a name
// with no free spot at this zoom is hidden until the reader zooms in (the select and the list name
// every ward anyway). Pure geometry on screen points, so it is tested without a browser.
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PinSpot {
  x: number;
  y: number;
  radius: number;
}

export type Placement = { dx: number; dy: number } | null;

const GAP = 2;

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const boxAt = (x: number, y: number, w: number, h: number): Box => ({
  left: x - w / 2,
  right: x + w / 2,
  top: y - h / 2,
  bottom: y + h / 2,
});
const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Where each label goes (an offset from its point), or null when it is better hidden. `inWard` keeps
 * a moved name inside its own ward, so it never seems to name the neighbour; a name at its own
 * point (the middle of the ward) needs no such check.
 */
export function placeLabels(
  labels: LabelBox[],
  pins: PinSpot[],
  inWard: (label: number, box: Box) => boolean = () => true,
): Placement[] {
  const taken: Box[] = pins.map((p) => boxAt(p.x, p.y, 2 * p.radius, 2 * p.radius));
  return labels.map(({ x, y, width: w, height: h }, i) => {
    const free = (dx: number, dy: number) => {
      const box = boxAt(x + dx, y + dy, w, h);
      const moved = dx !== 0 || dy !== 0;
      return (!moved || inWard(i, box)) && !taken.some((b) => overlaps(b, box));
    };
    const candidates: Array<[number, number]> = [[0, 0]];
    const hit = pins.find((p) => overlaps(boxAt(p.x, p.y, 2 * p.radius, 2 * p.radius), boxAt(x, y, w, h)));
    if (hit) {
      const below = hit.y + hit.radius + GAP + h / 2 - y;
      const above = hit.y - hit.radius - GAP - h / 2 - y;
      const right = hit.x + hit.radius + GAP + w / 2 - x;
      const left = hit.x - hit.radius - GAP - w / 2 - x;
      candidates.push([0, below], [0, above], [right, 0], [left, 0]);
    }
    const spot = candidates.find(([dx, dy]) => free(dx, dy));
    if (!spot) return null;
    taken.push(boxAt(x + spot[0], y + spot[1], w, h));
    return { dx: spot[0], dy: spot[1] };
  });
}
