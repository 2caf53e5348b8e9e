import { silentLogger } from '@hr/testing';
import { startWithCleanup } from '../../src/start-with-cleanup';

describe('startWithCleanup', () => {
  it('stops what the start opened, the last opened first', async () => {
    const closed: string[] = [];
    const running = await startWithCleanup(silentLogger(), async (onStop) => {
      onStop(() => closed.push('database'));
      onStop(async () => closed.push('broker'));
      onStop(() => closed.push('server'));
      return { port: 50051 };
    });
    expect(running.port).toBe(50051);
    expect(closed).toEqual([]);
    await running.stop();
    expect(closed).toEqual(['server', 'broker', 'database']);
  });

  it('closes what the steps before a failing one opened, and rethrows that failure', async () => {
    const closed: string[] = [];
    const failure = new Error('listen EADDRINUSE');
    const started = startWithCleanup(silentLogger(), async (onStop) => {
      onStop(() => closed.push('database'));
      onStop(() => closed.push('broker'));
      throw failure;
    });
    await expect(started).rejects.toBe(failure);
    expect(closed).toEqual(['broker', 'database']);
  });

  it('goes on closing when one close fails, and stop() reports the first failure', async () => {
    const closed: string[] = [];
    const running = await startWithCleanup(silentLogger(), async (onStop) => {
      onStop(() => closed.push('database'));
      onStop(() => {
        throw new Error('broker already gone');
      });
      onStop(() => closed.push('server'));
      return {};
    });
    await expect(running.stop()).rejects.toThrow('broker already gone');
    expect(closed).toEqual(['server', 'database']);
  });
});
