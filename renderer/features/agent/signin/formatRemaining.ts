/** Remaining lock time such as "4 min 05 s" or "42 s", rounded up to the second (same in fr and en). */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const s = String(seconds).padStart(2, '0');
  if (minutes === 0) return `${seconds} s`;
  return `${minutes} min ${s} s`;
}
