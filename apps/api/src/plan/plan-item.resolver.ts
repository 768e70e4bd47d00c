import { Permission } from '@gezinsplan/access-policy';
import { PlanItemKind } from '@gezinsplan/domain';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authorize } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { PlanItemKindEnum } from '../common/graphql/domain-enums';
import { FamilyOutput } from '../family/family.output';
import {
  AddPlanItemInput,
  RemovePlanItemInput,
  RespondToPlanItemInput,
  SetAgreementStatusInput,
  UpdatePlanItemInput,
  WithholdFromFamilyInput,
} from './plan-item.input';
import { PlanItemHistoryService } from './plan-item-history.service';
import { PlanItemOutput, PlanItemVersionOutput } from './plan-item.output';
import { PlanItemService } from './plan-item.service';
import { AdoptedPlanOutput, PlanVersionOutput } from './plan-version.output';
import { PlanVersionService } from './plan-version.service';

@Resolver(() => PlanItemOutput)
export class PlanItemFieldResolver {
  constructor(private readonly history: PlanItemHistoryService) {}

  @ResolveField('history', () => [PlanItemVersionOutput], {
    description:
      'Earlier versions, newest first: when, by whom, what it said. Only versions the reader may read in full both then and now; none for a redacted item.',
  })
  @Authorize(Permission.AccessFamilies)
  earlierVersions(@CurrentCaller() caller: Caller, @Parent() item: PlanItemOutput): Promise<PlanItemVersionOutput[]> {
    return this.history.of(caller, item);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Why the family may not see this item. For professionals only: the family cannot even ask.',
  })
  @Authorize(Permission.WorkWithFamilies)
  withheldFromFamilyReason(@Parent() item: PlanItemOutput): string | null {
    return item.withheldFromFamilyReason;
  }
}

@Resolver(() => FamilyOutput)
export class PlanItemResolver {
  constructor(
    private readonly items: PlanItemService,
    private readonly versions: PlanVersionService,
  ) {}

  @ResolveField(() => [PlanItemOutput], { description: 'The living plan, as far as the signed-in person may see it.' })
  @Authorize(Permission.AccessFamilies)
  plan(
    @CurrentCaller() caller: Caller,
    @Parent() family: FamilyOutput,
    @Args('kinds', { type: () => [PlanItemKindEnum], nullable: true }) kinds?: PlanItemKind[],
  ): Promise<PlanItemOutput[]> {
    return this.items.list(caller, family.id, kinds);
  }

  @ResolveField(() => [PlanVersionOutput])
  @Authorize(Permission.AccessFamilies)
  adoptedVersions(@CurrentCaller() caller: Caller, @Parent() family: FamilyOutput): Promise<PlanVersionOutput[]> {
    return this.versions.list(caller, family.id);
  }

  @ResolveField(() => AdoptedPlanOutput)
  @Authorize(Permission.AccessFamilies)
  adoptedVersion(
    @CurrentCaller() caller: Caller,
    @Parent() family: FamilyOutput,
    @Args('number', { type: () => Int }) number: number,
  ): Promise<AdoptedPlanOutput> {
    return this.versions.read(caller, family.id, number);
  }

  @Query(() => PlanItemOutput, {
    description: 'One plan item the signed-in person may read, e.g. to load its earlier versions on demand; NOT_FOUND otherwise.',
  })
  @Authorize(Permission.AccessFamilies)
  planItem(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<PlanItemOutput> {
    return this.items.read(caller, id);
  }

  @Mutation(() => PlanItemOutput)
  @Authorize(Permission.AccessFamilies)
  addPlanItem(@CurrentCaller() caller: Caller, @Args('input') input: AddPlanItemInput): Promise<PlanItemOutput> {
    return this.items.add(caller, input);
  }

  @Mutation(() => PlanItemOutput)
  @Authorize(Permission.WorkWithFamilies)
  updatePlanItem(@CurrentCaller() caller: Caller, @Args('input') input: UpdatePlanItemInput): Promise<PlanItemOutput> {
    return this.items.update(caller, input);
  }

  @Mutation(() => ID, { description: 'Marks an item removed, with a reason; nothing is deleted.' })
  @Authorize(Permission.WorkWithFamilies)
  removePlanItem(@CurrentCaller() caller: Caller, @Args('input') input: RemovePlanItemInput): Promise<string> {
    return this.items.remove(caller, input);
  }

  @Mutation(() => PlanItemOutput, { description: 'Agreement status; family members may mark their own agreements done.' })
  @Authorize(Permission.AccessFamilies)
  setAgreementStatus(@CurrentCaller() caller: Caller, @Args('input') input: SetAgreementStatusInput): Promise<PlanItemOutput> {
    return this.items.setAgreementStatus(caller, input);
  }

  @Mutation(() => PlanItemOutput, { description: 'A family member’s comment or own view on an item they can read.' })
  @Authorize(Permission.UseFamilyPortal)
  respondToPlanItem(@CurrentCaller() caller: Caller, @Args('input') input: RespondToPlanItemInput): Promise<PlanItemOutput> {
    return this.items.respond(caller, input);
  }

  @Mutation(() => PlanItemOutput, { description: 'The regisseur withholds an item from the family, with a recorded reason, or releases it.' })
  @Authorize(Permission.WorkWithFamilies)
  withholdFromFamily(@CurrentCaller() caller: Caller, @Args('input') input: WithholdFromFamilyInput): Promise<PlanItemOutput> {
    return this.items.withholdFromFamily(caller, input);
  }

  @Mutation(() => PlanVersionOutput, { description: 'Freezes the current plan as the next numbered version.' })
  @Authorize(Permission.WorkWithFamilies)
  adoptPlan(
    @CurrentCaller() caller: Caller,
    @Args('familyId', { type: () => ID }) familyId: string,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
  ): Promise<PlanVersionOutput> {
    return this.versions.adopt(caller, familyId, note);
  }
}
