/**
 * Imported first by every command that runs Astro. Reports are built on intranets: Astro must not
 * send usage data nor ask the npm registry for a newer version (it does both by default).
 */
export const offlineEnvironment = {
  ASTRO_TELEMETRY_DISABLED: '1',
  ASTRO_DISABLE_UPDATE_CHECK: 'true',
} as const;

for (const [name, value] of Object.entries(offlineEnvironment)) process.env[name] ??= value;
