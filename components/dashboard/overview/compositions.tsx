import { fetchCompositions } from '@/lib/data/overview';
import type { FigureScope } from '@/lib/data/scope';
import { Composition } from '../composition';

/** What the lead population figures of the scope are made of, as the texts give it. */
export async function Compositions({ scope }: { scope: FigureScope }) {
  const roots = await fetchCompositions(scope);
  if (roots.length === 0) return <p>No population figures for this selection.</p>;
  return (
    <>
      {roots.map((root) => (
        <Composition key={root.figure.id} root={root} />
      ))}
    </>
  );
}
