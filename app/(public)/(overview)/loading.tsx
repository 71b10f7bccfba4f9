import { PageSkeleton } from '@/components/dashboard/skeletons';

export default function OverviewLoading() {
  return <PageSkeleton cards={5} blocks={3} />;
}
