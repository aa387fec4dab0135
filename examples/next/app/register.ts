import type { IntrowConfig } from '@introw/example-config';

// Tell @introw/consent-react which config the site uses, so that useConsent('analytcs') and
// other unknown ids fail to compile.
declare module '@introw/consent-react' {
  interface Register {
    config: IntrowConfig;
  }
}
