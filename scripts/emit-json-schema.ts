/**
 * npm run schema — writes the content contract (src/content/schema.ts) as JSON Schema to
 * docs/schema/, so content teams can validate the files they produce with any validator.
 * A test fails when the committed files are not what this would write.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { jsonSchemas } from './content/json-schemas';

const outDir = path.resolve('docs/schema');
await mkdir(outDir, { recursive: true });
for (const [file, schema] of Object.entries(jsonSchemas())) {
  await writeFile(path.join(outDir, file), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote docs/schema/${file}`);
}
