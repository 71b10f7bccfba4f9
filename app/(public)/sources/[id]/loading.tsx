import { PageSkeleton } from '@/components/dashboard/skeletons';

export default function Loading() {
  return <PageSkeleton blocks={2} />;
}
