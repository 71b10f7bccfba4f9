import Link from 'next/link';
import { categoryColour } from '@/lib/format/category-colours';
import { CATEGORY_LABELS, type Category } from '@/lib/figures/vocabulary';

/** The category's name with its colour swatch, linking to the category's page. */
export function CategoryChip({ category }: { category: Category }) {
  return (
    <Link href={`/categories/${category}`} className="category-chip" data-category={category}>
      <span className="swatch" style={{ background: categoryColour(category) }} aria-hidden="true" />
      {CATEGORY_LABELS[category]}
    </Link>
  );
}
