import { dutchToday, PlanItemKind } from '@gezinsplan/domain';
import { Injectable } from '@nestjs/common';
import { AccessLogService } from '../access/access-log.service';
import { FamilyAccess, involvementIdOf } from '../access/family-access';
import { FamilyAccessService } from '../access/family-access.service';
import { FamilyDirectoryService } from '../access/family-directory.service';
import { Caller } from '../auth/caller';
import { badUserInput } from '../common/errors/api-error';
import { toPlanItemOutput } from '../plan/plan-item.mapper';
import { PlanItemReader } from '../plan/plan-item.reader';
import { calendarSpan, MAX_CALENDAR_WEEKS } from './calendar-weeks';
import { CalendarEntryOutput, CalendarOutput } from './calendar.output';

const DATED_KINDS: readonly PlanItemKind[] = ['EVALUATION', 'AGREEMENT', 'SAFETY_AGREEMENT', 'SAFETY_PLAN'];

/**
 * What is still to come on its date: a planned evaluation, an open agreement, any safety plan's
 * evaluation date, for whoever learns the status. A partner's stub of an agreement carries none:
 * it is listed by its date whatever its status, as on the plan page; leaving out the done and
 * not-kept ones would tell the partner, beside the plan page, that they are no longer open.
 */
const STILL_TO_COME: Partial<Record<PlanItemKind, string>> = { EVALUATION: 'PLANNED', AGREEMENT: 'OPEN', SAFETY_AGREEMENT: 'OPEN' };

/**
 * The coming weeks across a professional's open plans: each family read
 * through its own access decision and the SQL twin of the read rules, so an
 * item shows only as the plan page would show it (an agreement's stub without
 * content, an evaluation one may not read not at all). A closed plan leaves it.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly families: FamilyAccessService,
    private readonly directories: FamilyDirectoryService,
    private readonly reader: PlanItemReader,
    private readonly accessLog: AccessLogService,
  ) {}

  async forProfessional(caller: Caller, weeks: number): Promise<CalendarOutput> {
    if (weeks < 1 || weeks > MAX_CALENDAR_WEEKS) {
      throw badUserInput([{ field: 'weeks', message: `must be 1 to ${MAX_CALENDAR_WEEKS} weeks` }]);
    }
    const span = calendarSpan(dutchToday(), weeks);
    const accesses = (await this.families.forAllFamilies(caller.viewer)).filter((access) => involvementIdOf(access) !== null);
    const perFamily = await Promise.all(accesses.map((access) => this.entriesOf(caller, access, span)));
    const entries = perFamily.flat().sort((a, b) => a.on.localeCompare(b.on) || a.familyName.localeCompare(b.familyName, 'nl'));
    return { ...span, entries };
  }

  private async entriesOf(caller: Caller, access: FamilyAccess, span: { from: string; until: string }): Promise<CalendarEntryOutput[]> {
    const directory = await this.directories.load(access);
    if (directory.closedAt) return [];
    const rows = await this.reader.current(access, { kinds: DATED_KINDS, dueWithin: span, statusOf: STILL_TO_COME });
    const shown = rows.filter((row) => row.due_on !== null);
    if (shown.length > 0) {
      this.accessLog.recordRead(caller, [
        { access, action: 'READ', list: 'calendar', memberIds: shown.filter((r) => r.access === 'FULL').flatMap((r) => r.about_member_ids) },
      ]);
    }
    return shown.map((row) => {
      const item = toPlanItemOutput(directory, row, access.relation);
      return {
        familyId: access.familyId,
        familyName: directory.name,
        itemId: item.id,
        kind: row.kind,
        on: row.due_on ?? '',
        text: item.text,
        status: item.status,
        assigneeName: item.assignee?.name ?? null,
      };
    });
  }
}
