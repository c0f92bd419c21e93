// Unit conversion, pure. Unit ids are Intl's sanctioned unit identifiers, so their names come
// from the browser in every language (no strings in the bundle).

export type Quantity = 'length' | 'weight' | 'temperature' | 'volume';

export interface Unit {
  id: string;
  quantity: Quantity;
  /** Into the quantity's base unit (metre, gram, degree Celsius, litre). */
  toBase(value: number): number;
  fromBase(value: number): number;
}

function linear(id: string, quantity: Quantity, factor: number): Unit {
  return { id, quantity, toBase: (v) => v * factor, fromBase: (v) => v / factor };
}

export const UNITS: readonly Unit[] = [
  linear('millimeter', 'length', 0.001),
  linear('centimeter', 'length', 0.01),
  linear('meter', 'length', 1),
  linear('kilometer', 'length', 1000),
  linear('inch', 'length', 0.0254),
  linear('foot', 'length', 0.3048),
  linear('yard', 'length', 0.9144),
  linear('mile', 'length', 1609.344),
  linear('gram', 'weight', 1),
  linear('kilogram', 'weight', 1000),
  linear('ounce', 'weight', 28.349523125),
  linear('pound', 'weight', 453.59237),
  { id: 'celsius', quantity: 'temperature', toBase: (v) => v, fromBase: (v) => v },
  {
    id: 'fahrenheit',
    quantity: 'temperature',
    toBase: (v) => ((v - 32) * 5) / 9,
    fromBase: (v) => (v * 9) / 5 + 32,
  },
  linear('milliliter', 'volume', 0.001),
  linear('liter', 'volume', 1),
  // US measures: what Intl's "gallon" and "fluid-ounce" name in most locales.
  linear('gallon', 'volume', 3.785411784),
  linear('fluid-ounce', 'volume', 0.0295735295625),
];

export const QUANTITIES: readonly Quantity[] = ['length', 'weight', 'temperature', 'volume'];

/** The two units a quantity starts with (what people convert most). */
export const DEFAULT_PAIR: Record<Quantity, [string, string]> = {
  length: ['centimeter', 'inch'],
  weight: ['kilogram', 'pound'],
  temperature: ['celsius', 'fahrenheit'],
  volume: ['liter', 'gallon'],
};

export const unitsOf = (quantity: Quantity): Unit[] => UNITS.filter((u) => u.quantity === quantity);

export function convert(value: number, fromId: string, toId: string): number {
  const from = UNITS.find((u) => u.id === fromId);
  const to = UNITS.find((u) => u.id === toId);
  if (!from || !to || from.quantity !== to.quantity) throw new Error(`cannot convert ${fromId} to ${toId}`);
  return to.fromBase(from.toBase(value));
}

/** Reads a typed number: full-width digits, a comma as thousands separator, a leading minus. */
export function parseNumber(raw: string): number | null {
  const plain = raw
    .trim()
    .replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[−ー]/g, '-')
    .replace(/,/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(plain)) return null;
  return Number(plain);
}
