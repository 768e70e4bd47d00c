import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AccessLogService } from '../access/access-log.service';
import { FamilyAccessService } from '../access/family-access.service';
import { FamilyDirectoryService } from '../access/family-directory.service';
import { Caller } from '../auth/caller';
import { PerRequest } from '../common/request-scope';
import { toPlanItemVersionOutput } from './plan-item.mapper';
import { PlanItemOutput, PlanItemVersionOutput } from './plan-item.output';
import { PlanItemReader } from './plan-item.reader';

interface Asked {
  itemId: string;
  version: number;
}

/**
 * The earlier versions of plan items, batched: all items of one family asked in
 * one tick (a whole plan page) cost one statement, whatever their number.
 */
@Injectable()
export class PlanItemHistoryService {
  private readonly loaders = new PerRequest('plan item history', () => new Map<string, DataLoader<Asked, PlanItemVersionOutput[], string>>());

  constructor(
    private readonly families: FamilyAccessService,
    private readonly directories: FamilyDirectoryService,
    private readonly reader: PlanItemReader,
    private readonly accessLog: AccessLogService,
  ) {}

  /** Newest first. A stub (REDACTED) gives no content history, and a first version has none. */
  async of(caller: Caller, item: PlanItemOutput): Promise<PlanItemVersionOutput[]> {
    if (item.access !== 'FULL' || item.version === null || item.version <= 1) return [];
    const version = item.version;
    const perFamily = this.loaders.of(caller.viewer);
    let loader = perFamily.get(item.familyId);
    if (!loader) {
      loader = new DataLoader((asked) => this.load(caller, item.familyId, asked), {
        cacheKeyFn: (a) => `${a.itemId}:${a.version}`,
        // Each item's field passes its own async guard first; waiting for the next turn of the
        // event loop collects them all, so a page stays one statement however its guards interleave.
        batchScheduleFn: (callback) => setImmediate(callback),
      });
      perFamily.set(item.familyId, loader);
    }
    return loader.load({ itemId: item.id, version });
  }

  private async load(caller: Caller, familyId: string, asked: readonly Asked[]): Promise<PlanItemVersionOutput[][]> {
    const access = await this.families.require(caller.viewer, familyId);
    const [rows, directory] = await Promise.all([this.reader.earlierVersions(access, asked), this.directories.load(access)]);
    this.accessLog.recordRead(caller, [
      { access, action: 'READ', list: 'plan-history', memberIds: [...new Set(rows.flatMap((r) => r.about_member_ids))] },
    ]);
    return asked.map((a) =>
      rows.filter((row) => row.id === a.itemId && row.version < a.version).map((row) => toPlanItemVersionOutput(directory, row)),
    );
  }
}
