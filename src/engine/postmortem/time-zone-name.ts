let zonesByCity: Map<string, string> | undefined;

/**
 * The IANA zone a timeline's "All times …" line means: UTC, an IANA name (Europe/Berlin), or a
 * city (Berlin, "New York", "Berlin (CET)"). Undefined when it cannot tell; abbreviations such as
 * CET or EST are ambiguous and not guessed.
 */
export function resolveTimeZoneName(text: string): string | undefined {
  const name = text
    .replace(/\([^)]*\)/g, "")
    .replace(/\b(?:time|local time)\b/gi, "")
    .trim();
  if (/^(?:utc|gmt|z|utc\s*[+±]\s*0(?::?00)?)$/i.test(name)) return "UTC";
  if (isZone(name)) return name;
  zonesByCity ??= new Map(
    Intl.supportedValuesOf("timeZone").map((zone) => [zone.slice(zone.lastIndexOf("/") + 1).replace(/_/g, " ").toLowerCase(), zone]),
  );
  return zonesByCity.get(name.toLowerCase());
}

function isZone(name: string): boolean {
  if (!name.includes("/")) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
