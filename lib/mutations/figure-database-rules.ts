/**
 * The figure rules that need the database: the records it points at exist, a part never exceeds its whole (and a
 * whole is never lowered below its parts), partOf makes no loop, and the number as written occurs in the report.
 */
import type { Prisma } from '@/lib/generated/prisma/client';
import { figureMeasure, type FigureInput } from '@/lib/validation/figure';
import type { FieldErrors } from '@/lib/validation/fields';

type Transaction = Prisma.TransactionClient;

export interface Offsets {
  start: number;
  end: number;
}

/** Where rawText sits in the body: preferably inside the quoted sentence, otherwise its first occurrence. */
export function locateRawText(body: string, rawText: string, quote: string): Offsets | null {
  const quoteStart = body.indexOf(quote);
  if (quoteStart >= 0) {
    const inQuote = body.indexOf(rawText, quoteStart);
    if (inQuote >= 0 && inQuote + rawText.length <= quoteStart + quote.length) return { start: inQuote, end: inQuote + rawText.length };
  }
  const anywhere = body.indexOf(rawText);
  return anywhere >= 0 ? { start: anywhere, end: anywhere + rawText.length } : null;
}

function describe(figure: { id: number; rawText: string; value: number | null; high: number | null }): string {
  const measure = figureMeasure(figure);
  return `#${figure.id} “${figure.rawText}”${measure === null ? '' : ` (${measure.toLocaleString('en')})`}`;
}

/** The field that carries the figure's size: value, or high when it has no single value. */
function measureField(figure: { value: number | null }): 'value' | 'high' {
  return figure.value === null ? 'high' : 'value';
}

export interface FigureCheckResult {
  errors: FieldErrors;
  /** Offsets of rawText in the report body, when it was found. */
  offsets: Offsets | null;
}

/**
 * Checks a figure against the database. `existing` is the stored figure when editing: its offsets are kept when
 * neither the number as written, the sentence nor the report changed.
 */
export async function checkFigureAgainstDatabase(
  transaction: Transaction,
  figure: FigureInput,
  existing: { id: number; rawText: string; quote: string; reportId: number; start: number; end: number } | null,
): Promise<FigureCheckResult> {
  const errors: FieldErrors = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);

  const report = await transaction.report.findUnique({ where: { id: figure.reportId }, select: { body: true } });
  if (!report) add('reportId', 'That report does not exist (any more); choose another');
  if (figure.sourceId !== null && !(await transaction.source.findUnique({ where: { id: figure.sourceId }, select: { id: true } }))) {
    add('sourceId', 'That source does not exist (any more); choose another');
  }
  if (figure.placeId !== null && !(await transaction.place.findUnique({ where: { id: figure.placeId }, select: { id: true } }))) {
    add('placeId', 'That place does not exist (any more); choose another');
  }

  let offsets: Offsets | null = null;
  const unchangedText =
    existing && existing.rawText === figure.rawText && existing.quote === figure.quote && existing.reportId === figure.reportId;
  if (unchangedText) {
    offsets = { start: existing.start, end: existing.end };
  } else if (report) {
    offsets = locateRawText(report.body, figure.rawText, figure.quote);
    if (!offsets) add('rawText', `“${figure.rawText}” does not occur in the text of the report; copy it exactly as written`);
  }

  if (figure.partOfId !== null) {
    if (existing && figure.partOfId === existing.id) {
      add('partOfId', 'A figure cannot be part of itself');
    } else {
      const whole = await transaction.figure.findUnique({ where: { id: figure.partOfId } });
      if (!whole) {
        add('partOfId', 'That figure does not exist (any more); choose another whole');
      } else {
        if (existing && (await isAncestorOrSelf(transaction, whole.id, existing.id))) {
          add('partOfId', `${describe(whole)} is itself part of this figure: choosing it would make a loop`);
        }
        const partSize = figureMeasure(figure);
        const wholeSize = figureMeasure(whole);
        if (partSize !== null && wholeSize !== null && partSize > wholeSize) {
          add(measureField(figure), `Larger than its whole, ${describe(whole)}: a part never exceeds its whole`);
        }
      }
    }
  }

  if (existing) {
    const size = figureMeasure(figure);
    const parts = await transaction.figure.findMany({ where: { partOfId: existing.id }, orderBy: { id: 'asc' } });
    for (const part of parts) {
      const partSize = figureMeasure(part);
      if (size !== null && partSize !== null && partSize > size) {
        add(measureField(figure), `Smaller than its part ${describe(part)}: a whole is never below its parts`);
      }
    }
  }
  return { errors, offsets };
}

/** Whether `figureId` is `candidateId` or one of the wholes above it (following partOf upwards). */
async function isAncestorOrSelf(transaction: Transaction, startId: number, candidateId: number): Promise<boolean> {
  let currentId: number | null = startId;
  for (let steps = 0; currentId !== null && steps < 10_000; steps += 1) {
    if (currentId === candidateId) return true;
    const next: { partOfId: number | null } | null = await transaction.figure.findUnique({
      where: { id: currentId },
      select: { partOfId: true },
    });
    currentId = next?.partOfId ?? null;
  }
  return false;
}
