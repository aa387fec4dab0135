/**
 * Runs once when the Next.js server starts (not during `next build`): opens the consent records
 * database before the first request, so no record post waits on it (lib/consentRecords.ts).
 */
export async function register(): Promise<void> {
  // PGlite and pg are Node code: the edge runtime has no records service.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { openConsentRecords } = await import('./lib/consentRecords');
  await openConsentRecords();
}
