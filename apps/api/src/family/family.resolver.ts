import { Permission } from '@gezinsplan/access-policy';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FamilyAccessService } from '../access/family-access.service';
import { Authorize, OpensFamily } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { FamilyDirectoryService } from '../access/family-directory.service';
import { AddFamilyMemberInput, AddNetworkMemberInput, CreateFamilyInput, UpdateFamilyMemberInput, UpdateNetworkMemberInput } from './family.input';
import { involvementOutputs, memberOutputs, networkOutputs, regisseurTermOutputs } from './family.mapper';
import {
  FamilyMemberOutput,
  FamilyOutput,
  InvolvementOutput,
  MyRelationOutput,
  NetworkMemberOutput,
  RegisseurTermOutput,
} from './family.output';
import { FamilyService } from './family.service';

@Resolver(() => FamilyOutput)
export class FamilyResolver {
  constructor(
    private readonly familyService: FamilyService,
    private readonly families: FamilyAccessService,
    private readonly directories: FamilyDirectoryService,
  ) {}

  @Query(() => FamilyOutput, { description: 'A family the signed-in person works with or belongs to.' })
  @Authorize(Permission.AccessFamilies)
  @OpensFamily('id')
  family(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<FamilyOutput> {
    return this.familyService.get(caller, id);
  }

  @Query(() => [FamilyOutput], { description: 'The families the signed-in person works with or belongs to.' })
  @Authorize(Permission.AccessFamilies)
  myFamilies(@CurrentCaller() caller: Caller): Promise<FamilyOutput[]> {
    return this.familyService.mine(caller);
  }

  @Mutation(() => FamilyOutput, { description: 'Starts a family plan; the creator becomes regisseur.' })
  @Authorize(Permission.WorkWithFamilies)
  createFamily(@CurrentCaller() caller: Caller, @Args('input') input: CreateFamilyInput): Promise<FamilyOutput> {
    return this.familyService.create(caller, input);
  }

  @Mutation(() => ID)
  @Authorize(Permission.WorkWithFamilies)
  addFamilyMember(@CurrentCaller() caller: Caller, @Args('input') input: AddFamilyMemberInput): Promise<string> {
    return this.familyService.addMember(caller, input);
  }

  @Mutation(() => FamilyMemberOutput, {
    description: 'The regisseur corrects a member’s details; the earlier details are kept. Who must consent follows at once.',
  })
  @Authorize(Permission.WorkWithFamilies)
  updateFamilyMember(@CurrentCaller() caller: Caller, @Args('input') input: UpdateFamilyMemberInput): Promise<FamilyMemberOutput> {
    return this.familyService.updateMember(caller, input);
  }

  @Mutation(() => ID)
  @Authorize(Permission.WorkWithFamilies)
  addNetworkMember(@CurrentCaller() caller: Caller, @Args('input') input: AddNetworkMemberInput): Promise<string> {
    return this.familyService.addNetworkMember(caller, input);
  }

  @Mutation(() => NetworkMemberOutput, {
    description: 'The regisseur corrects a network member’s details (name, relation, phone, e-mail); the earlier details are kept.',
  })
  @Authorize(Permission.WorkWithFamilies)
  updateNetworkMember(@CurrentCaller() caller: Caller, @Args('input') input: UpdateNetworkMemberInput): Promise<NetworkMemberOutput> {
    return this.familyService.updateNetworkMember(caller, input);
  }

  @ResolveField(() => [FamilyMemberOutput])
  @Authorize(Permission.AccessFamilies)
  async members(@CurrentCaller() caller: Caller, @Parent() family: FamilyOutput): Promise<FamilyMemberOutput[]> {
    const access = await this.families.require(caller.viewer, family.id);
    return memberOutputs(await this.directories.load(access), access);
  }

  @ResolveField(() => [NetworkMemberOutput])
  @Authorize(Permission.AccessFamilies)
  async network(@CurrentCaller() caller: Caller, @Parent() family: FamilyOutput): Promise<NetworkMemberOutput[]> {
    const access = await this.families.require(caller.viewer, family.id);
    return networkOutputs(await this.directories.load(access), access);
  }

  @ResolveField(() => [InvolvementOutput], { description: 'Who is involved, including ended involvements.' })
  @Authorize(Permission.AccessFamilies)
  async involvements(@CurrentCaller() caller: Caller, @Parent() family: FamilyOutput): Promise<InvolvementOutput[]> {
    const access = await this.families.require(caller.viewer, family.id);
    return involvementOutputs(await this.directories.load(access), access);
  }

  @ResolveField(() => [RegisseurTermOutput], { description: 'Everyone who held the regisseur role, oldest first.' })
  @Authorize(Permission.AccessFamilies)
  async regisseurHistory(@CurrentCaller() caller: Caller, @Parent() family: FamilyOutput): Promise<RegisseurTermOutput[]> {
    const access = await this.families.require(caller.viewer, family.id);
    return regisseurTermOutputs(await this.directories.load(access));
  }

  @ResolveField(() => MyRelationOutput)
  @Authorize(Permission.AccessFamilies)
  async myRelation(@CurrentCaller() caller: Caller, @Parent() family: FamilyOutput): Promise<MyRelationOutput> {
    const { relation } = await this.families.require(caller.viewer, family.id);
    return {
      type: relation.type,
      involvementId: relation.type === 'PROFESSIONAL' ? relation.involvement.id : null,
      memberId: relation.type === 'FAMILY_MEMBER' ? relation.memberId : null,
      networkMemberId: relation.type === 'NETWORK_MEMBER' ? relation.networkMemberId : null,
      isRegisseur: relation.type === 'PROFESSIONAL' && relation.involvement.isRegisseur,
    };
  }
}
