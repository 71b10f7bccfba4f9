import { fetchFigures } from '@/lib/data/figures';
import { CATEGORY_LABELS } from '@/lib/figures/vocabulary';

export const dynamic = 'force-dynamic';

export default async function OverviewPage() {
  const figures = await fetchFigures();
  return (
    <>
      <h1>Figures</h1>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">Category</th>
              <th scope="col">Source</th>
              <th scope="col">Sentence</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((figure) => (
              <tr key={figure.id} data-figure-id={figure.id}>
                <td>{figure.rawText}</td>
                <td>{CATEGORY_LABELS[figure.category]}</td>
                <td>{figure.source?.name ?? 'Unattributed'}</td>
                <td>{figure.quote}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
