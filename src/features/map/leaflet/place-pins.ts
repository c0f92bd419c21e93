// Markers for places with a printed coordinate: a numbered 48 px target, focusable, named by the
// place, operable with Enter and Space. The same number stands beside the place in the list.
import * as L from 'leaflet';

export interface Pin {
  id: string;
  lat: number;
  lon: number;
  number: number;
  name: string;
}

function pinContent(pin: Pin): HTMLElement {
  const wrap = document.createElement('span');
  const badge = document.createElement('span');
  badge.className = 'pin-badge';
  badge.setAttribute('aria-hidden', 'true');
  badge.textContent = String(pin.number);
  const name = document.createElement('span');
  name.className = 'visually-hidden';
  name.textContent = pin.name;
  wrap.append(badge, name);
  return wrap;
}

export function pinMarker(pin: Pin, onSelect: (id: string) => void): L.Marker {
  const marker = L.marker([pin.lat, pin.lon], {
    icon: L.divIcon({ className: 'place-pin', html: pinContent(pin), iconSize: [48, 48] }),
    keyboard: true,
    riseOnHover: true,
  });
  marker.on('click', () => onSelect(pin.id));
  marker.on('add', () => {
    // Leaflet gives the icon role="button" but opens nothing on Enter without a popup.
    marker.getElement()?.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      onSelect(pin.id);
    });
  });
  return marker;
}

export function markSelected(marker: L.Marker, selected: boolean): void {
  const el = marker.getElement();
  if (!el) return;
  el.classList.toggle('is-selected', selected);
  if (selected) el.setAttribute('aria-current', 'true');
  else el.removeAttribute('aria-current');
  marker.setZIndexOffset(selected ? 1000 : 0);
}
