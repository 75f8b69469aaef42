/**
 * A regular expression matching an accessible name that contains `text`: special characters
 * escaped, and any run of spaces (no-break ones included, which accessible names turn into
 * plain spaces) matching any other.
 */
export const containing = (text: string): RegExp =>
  new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
