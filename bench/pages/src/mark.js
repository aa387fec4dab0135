// Imported first by every page bundle, so the mark precedes the evaluation of any library code.
performance.mark('app-start');
