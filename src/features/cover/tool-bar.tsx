import { coverSettings } from '../../shell/cover-lock';
import { useT } from '../../lib/use-t';

/** The tool's name and a plain settings menu, as a phone's own utility shows them. */
export function ToolBar({ title }: { title: string }) {
  const t = useT(['cover']);
  return (
    <div class="tool-bar">
      <h1 class="tool-title">{title}</h1>
      <button
        type="button"
        class="tool-menu"
        aria-label={t('cover.settings')}
        onClick={() => coverSettings()}
      >
        {/* Three dots drawn as SVG: the ⋮ glyph is missing from some phone fonts. */}
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="5" r="2" fill="currentColor" />
          <circle cx="12" cy="12" r="2" fill="currentColor" />
          <circle cx="12" cy="19" r="2" fill="currentColor" />
        </svg>
      </button>
    </div>
  );
}
