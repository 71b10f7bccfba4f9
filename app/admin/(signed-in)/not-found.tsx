import Link from 'next/link';

export default function AdminNotFound() {
  return (
    <div>
      <h1>Not found</h1>
      <p>This record does not exist, or was deleted. <Link href="/admin">Back to the figures</Link></p>
    </div>
  );
}
