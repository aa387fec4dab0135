// Next.js's ambient types (CSS imports, `next/*` modules) for `tsc` before a first build has
// written next-env.d.ts. `next build` and `next dev` add the generated route types on top.
/// <reference types="next" />
