/**
 * Splits a simulated web address so the frame can show the site's name (the host) in bold,
 * as real browsers do: that is the part a citizen must learn to read.
 */
export interface AddressParts {
  scheme: string;
  host: string;
  rest: string;
}

/** `https://www.impots.gouv.fr/accueil` → scheme `https://`, host `www.impots.gouv.fr`, rest `/accueil`. */
export function splitAddress(address: string): AddressParts {
  const match = /^([a-z]+:\/\/)?([^/?#]*)(.*)$/i.exec(address.trim());
  return { scheme: match?.[1] ?? '', host: match?.[2] ?? '', rest: match?.[3] ?? '' };
}
