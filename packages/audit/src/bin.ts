import { main } from './cli';

// The `introw-consent-audit` executable: exit code 0 clean, 1 findings, 2 usage or browser error.
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
