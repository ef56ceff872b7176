// @ts-check
/**
 * Partial dates as the API gives them (YYYY, YYYY-MM or YYYY-MM-DD) and the
 * day arithmetic of the time window. Days are UTC calendar days, counted from
 * 1970-01-01, so the sliders move one day per step.
 */

const PARTIAL = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;
const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The first day a partial date covers: "2025-06" → "2025-06-01".
 * @param {string | null | undefined} partial
 * @returns {string | null}
 */
export function startOf(partial) {
  const m = partial ? PARTIAL.exec(partial) : null;
  if (!m) return null;
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

/**
 * The last day a partial date covers: "2025-06" → "2025-06-30", "2020" → "2020-12-31".
 * @param {string | null | undefined} partial
 * @returns {string | null}
 */
export function endOf(partial) {
  const m = partial ? PARTIAL.exec(partial) : null;
  if (!m) return null;
  if (m[3]) return `${m[1]}-${m[2]}-${m[3]}`;
  if (m[2]) {
    const lastDay = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
    return `${m[1]}-${m[2]}-${String(lastDay).padStart(2, '0')}`;
  }
  return `${m[1]}-12-31`;
}

/**
 * @param {string} isoDay YYYY-MM-DD
 * @returns {number} days since 1970-01-01
 */
export function dayNumber(isoDay) {
  return Math.round(Date.parse(`${isoDay}T00:00:00Z`) / DAY_MS);
}

/**
 * @param {number} day days since 1970-01-01
 * @returns {string} YYYY-MM-DD
 */
export function isoDay(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A partial date as a reader says it: "21 Jun 2025", "Jun 2025", "2025".
 * @param {string | null | undefined} partial
 * @returns {string}
 */
export function formatPartial(partial) {
  const m = partial ? PARTIAL.exec(partial) : null;
  if (!m) return '';
  if (!m[2]) return m[1];
  const month = MONTHS[Number(m[2]) - 1] ?? m[2];
  if (!m[3]) return `${month} ${m[1]}`;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** @param {string | null | undefined} value */
export function isIsoDay(value) {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(dayNumber(value));
}

/**
 * Whether [start, end] overlaps the window; ISO days compare as strings.
 * @param {string} start
 * @param {string} end
 * @param {{ from: string, to: string }} window
 */
export function overlaps(start, end, window) {
  return start <= window.to && end >= window.from;
}
