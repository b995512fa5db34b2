import { describe, expect, it } from 'vitest';
import { generatedDirectory } from '../../tests/fixtures/records';
import { directoryData, prepareDirectoryData } from './directoryQuery';

describe('the directory data built in steps', () => {
  it('is what one build gives, and is taken for that snapshot instead of building again', async () => {
    const snapshot = generatedDirectory(4500);
    const direct = directoryData(snapshot);
    await prepareDirectoryData(snapshot);
    const stepped = directoryData(snapshot);
    expect(stepped).not.toBe(direct);
    expect(directoryData(snapshot)).toBe(stepped);
    for (const key of ['servicesById', 'organizations', 'locations', 'locationsByService', 'order'] as const)
      expect([...stepped[key].entries()], key).toEqual([...direct[key].entries()]);
    expect(stepped.services).toBe(snapshot.services);
  });
});
