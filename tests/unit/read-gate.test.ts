import { throughReadGate } from '@/lib/cache/read-gate';

/** The page-read gate: at most three reads at once, the rest in arrival order, and a read's own reads never wait. */
it('runs at most three reads at once, in the order they came, and lets a read make reads of its own', async () => {
  let running = 0;
  let most = 0;
  const started: number[] = [];
  const read = (index: number) => async () => {
    started.push(index);
    running += 1;
    most = Math.max(most, running);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const nested = await throughReadGate(() => Promise.resolve(`inner ${index}`));
    running -= 1;
    return nested;
  };
  const results = await Promise.all(Array.from({ length: 10 }, (_, index) => throughReadGate(read(index))));
  expect(results).toEqual(Array.from({ length: 10 }, (_, index) => `inner ${index}`));
  expect(most).toBe(3);
  expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
});

it('frees the slot of a read that fails', async () => {
  await Promise.allSettled(Array.from({ length: 5 }, () => throughReadGate(() => Promise.reject(new Error('no such table')))));
  await expect(Promise.all(Array.from({ length: 3 }, () => throughReadGate(() => Promise.resolve('ok'))))).resolves.toEqual(['ok', 'ok', 'ok']);
});
