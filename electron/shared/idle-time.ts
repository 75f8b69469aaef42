/**
 * How idle time is combined, shared by main and the renderer. Under a Wayland kiosk compositor
 * (cage) Chromium's system idle time stays at 0 for ever, so the kiosk counts its own input
 * events; the system's figure only lowers that count, and only when it is non-zero (0 is read as
 * "unknown": a stuck 0 must never keep a citizen's session open).
 */
export function combineIdleSeconds(ownIdleSeconds: number, otherIdleSeconds: number): number {
  const own = Number.isFinite(ownIdleSeconds) ? Math.max(0, Math.floor(ownIdleSeconds)) : 0;
  if (!Number.isFinite(otherIdleSeconds) || otherIdleSeconds <= 0) return own;
  return Math.min(own, Math.floor(otherIdleSeconds));
}
