import { readFile, writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { packageConfig } from '../../scripts/tsup.shared';

/**
 * Bundling drops module directives, so `'use client'` (Next.js App Router) is put back at the
 * top of the client entry only; `server` stays importable from Server Components. The source
 * map gets one empty line in front so its mappings stay aligned.
 */
async function markClientEntry(): Promise<void> {
  for (const file of ['dist/index.js', 'dist/index.cjs']) {
    const code = await readFile(file, 'utf8');
    if (code.startsWith("'use client';")) continue;
    await writeFile(file, `'use client';\n${code}`);
    const map = JSON.parse(await readFile(`${file}.map`, 'utf8')) as { mappings: string };
    map.mappings = `;${map.mappings}`;
    await writeFile(`${file}.map`, JSON.stringify(map));
  }
}

export default defineConfig(
  packageConfig(
    { index: 'src/index.ts', server: 'src/server.ts' },
    {
      external: ['react', 'react-dom', '@introw/consent-core', '@introw/consent-core/preferences'],
      tsconfig: 'tsconfig.build.json',
      onSuccess: markClientEntry,
    },
  ),
);
