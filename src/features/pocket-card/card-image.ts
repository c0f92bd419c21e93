// Draws the card on a canvas and offers it as a PNG download with a neutral file name. Made on
// the device; nothing is sent anywhere.
import type { CardLine } from './card-lines';

export const IMAGE_FILE_NAME = 'memo.png';

const WIDTH = 900;
const PAD = 40;

export function drawCard(heading: string, lines: readonly CardLine[]): HTMLCanvasElement {
  const rows = lines.length * 3 + 2;
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = PAD * 2 + rows * 44;
  const ctx = canvas.getContext('2d');
  if (!ctx) return canvas;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#1b1f23';
  let y = PAD + 36;
  ctx.font = 'bold 40px sans-serif';
  ctx.fillText(heading, PAD, y, WIDTH - PAD * 2);
  y += 30;
  for (const l of lines) {
    y += 50;
    ctx.font = 'bold 34px sans-serif';
    ctx.fillText(`${l.label}  ${l.number}`, PAD, y, WIDTH - PAD * 2);
    ctx.font = '26px sans-serif';
    y += 38;
    ctx.fillText(l.hours, PAD, y, WIDTH - PAD * 2);
    if (l.languages) {
      y += 34;
      ctx.fillText(l.languages, PAD, y, WIDTH - PAD * 2);
    }
  }
  return canvas;
}

export function saveCardImage(heading: string, lines: readonly CardLine[]): Promise<void> {
  const canvas = drawCard(heading, lines);
  return new Promise((resolve) => {
    canvas.toBlob((blob) => {
      if (!blob) return resolve();
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = IMAGE_FILE_NAME;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      resolve();
    }, 'image/png');
  });
}
