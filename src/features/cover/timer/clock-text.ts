// How the tools show time.

const pad = (n: number) => String(n).padStart(2, '0');

function clock(totalSeconds: number): string {
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}

/** "05:07", "1:02:03". Rounds up, as kitchen timers do: 00:01 shows until the last second is over. */
export const countdownText = (ms: number): string => clock(Math.ceil(ms / 1000));

/** "05:07", with tenths ("05:07.4") when motion is welcome. */
export function stopwatchText(ms: number, tenths: boolean): string {
  const base = clock(Math.floor(ms / 1000));
  return tenths ? `${base}.${Math.floor(ms / 100) % 10}` : base;
}
