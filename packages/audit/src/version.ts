import { version } from '../package.json';

/** This package's version, for the report. */
export const VERSION: string = version;
