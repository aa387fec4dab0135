/**
 * The records sink of the script-tag build (`options.records`), a file of its own: loaded, in
 * parallel with the text table, only by sites that send records, before the manager is created,
 * so every decision is queued by it at once (R14; nothing is lost to a closed tab).
 */
export { beaconRecordSink } from '@introw/consent-core';
