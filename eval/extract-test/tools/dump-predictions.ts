// Prints the extractor's raw predictions for the test set (diagnosis only; run after scoring).
import { extractFigures } from '../../../lib/extract';
import { loadDevSet } from '../../extract/dev-set';
import path from 'node:path';
for (const document of loadDevSet(path.resolve(__dirname, '..'))) {
  console.log(`== ${document.slug}`);
  for (const f of extractFigures(document.text)) console.log(`  ${JSON.stringify(f.rawText)}@${f.start} ${f.qualifier} v=${f.value} ${f.low}-${f.high} ${f.category} src=${f.source} place=${f.place}`);
}
