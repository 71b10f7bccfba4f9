import { notFound } from 'next/navigation';
import { isCategory, type Category } from '@/lib/figures/vocabulary';

export type Props = { params: Promise<{ category: string }> };

/** The category the route names, or the 404 page. */
export async function categoryFrom(params: Props['params']): Promise<Category> {
  const { category } = await params;
  if (!isCategory(category)) notFound();
  return category;
}
