import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect } from 'preact/hooks';
import { tryUnlock } from '../../shell/cover-lock';
import { activeIdentity, identity, type IdentityId } from '../../shell/identity/identities';
import { revealCover } from '../../shell/quick-exit/quick-exit';
import type { ScreenProps } from '../../shell/navigation';
// Shared tool styles first, so each tool's own file can refine them.
import './cover.css';
import { Calculator } from './calculator';
import type { CoverToolProps } from './tool-props';
import { TimerTool } from './timer';
import { UnitConverter } from './units';

const TOOLS: Record<IdentityId, ComponentType<CoverToolProps>> = {
  calc: Calculator,
  units: UnitConverter,
  timer: TimerTool,
};

/**
 * The neutral cover: the tool of the identity the app wears, working for real. Nothing on it hints
 * at anything else; what the reader commits goes to the shell, which alone knows the unlock code.
 */
export const Cover: FunctionComponent<ScreenProps> = () => {
  const id = activeIdentity();
  useEffect(() => {
    document.title = identity(id).title;
    revealCover();
  }, [id]);
  const Tool = TOOLS[id];
  return <Tool onUnlockAttempt={tryUnlock} />;
};
