import { Permission } from '@gezinsplan/access-policy';
import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Authorize } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { FamilyOutput } from '../family/family.output';
import { GiveConsentInput, GiveInstitutionConsentInput, RecordConsentInput, WithdrawConsentInput } from './consent.input';
import { ConsentOutput, ConsentRequirementOutput } from './consent.output';
import { ConsentService } from './consent.service';
import { RecordFamilyInformedInput, RecordLegalBasisInput } from './legal-basis.input';
import { LegalBasisOutput } from './legal-basis.output';
import { LegalBasisService } from './legal-basis.service';
import { EndInstitutionalAuthorityInput, RecordInstitutionalAuthorityInput } from './institutional-authority.input';
import { InstitutionalAuthorityOutput } from './institutional-authority.output';
import { InstitutionalAuthorityService } from './institutional-authority.service';

/** The grounds for sharing between professionals: consent, or a recorded legal basis without it. */
@Resolver(() => FamilyOutput)
export class ConsentResolver {
  constructor(
    private readonly consentService: ConsentService,
    private readonly legalBasisService: LegalBasisService,
    private readonly institutionalAuthorityService: InstitutionalAuthorityService,
  ) {}

  @ResolveField(() => [InstitutionalAuthorityOutput], {
    description: 'Parental authority over minors that lies with a certified institution, ended records included.',
  })
  @Authorize(Permission.AccessFamilies)
  institutionalAuthorities(@CurrentCaller() caller: Caller, @Parent() family: FamilyOutput): Promise<InstitutionalAuthorityOutput[]> {
    return this.institutionalAuthorityService.list(caller, family.id);
  }

  @Mutation(() => InstitutionalAuthorityOutput, {
    description: 'The regisseur or the institution’s professional records that a certified institution holds parental authority over a minor.',
  })
  @Authorize(Permission.WorkWithFamilies)
  recordInstitutionalAuthority(
    @CurrentCaller() caller: Caller,
    @Args('input') input: RecordInstitutionalAuthorityInput,
  ): Promise<InstitutionalAuthorityOutput> {
    return this.institutionalAuthorityService.record(caller, input);
  }

  @Mutation(() => InstitutionalAuthorityOutput, { description: 'Ends a record of parental authority held by a certified institution.' })
  @Authorize(Permission.WorkWithFamilies)
  endInstitutionalAuthority(
    @CurrentCaller() caller: Caller,
    @Args('input') input: EndInstitutionalAuthorityInput,
  ): Promise<InstitutionalAuthorityOutput> {
    return this.institutionalAuthorityService.end(caller, input);
  }

  @Mutation(() => ConsentOutput, {
    description: 'A professional of the certified institution holding parental authority gives the institution’s consent.',
  })
  @Authorize(Permission.WorkWithFamilies)
  giveInstitutionConsent(@CurrentCaller() caller: Caller, @Args('input') input: GiveInstitutionConsentInput): Promise<ConsentOutput> {
    return this.consentService.giveForInstitution(caller, input);
  }

  @ResolveField(() => [ConsentRequirementOutput], { description: 'Who must consent for each member, today.' })
  @Authorize(Permission.AccessFamilies)
  consentRequirements(@CurrentCaller() caller: Caller, @Parent() family: FamilyOutput): Promise<ConsentRequirementOutput[]> {
    return this.consentService.requirements(caller, family.id);
  }

  @ResolveField(() => [ConsentOutput])
  @Authorize(Permission.AccessFamilies)
  consents(@CurrentCaller() caller: Caller, @Parent() family: FamilyOutput): Promise<ConsentOutput[]> {
    return this.consentService.list(caller, family.id);
  }

  @ResolveField(() => [LegalBasisOutput])
  @Authorize(Permission.AccessFamilies)
  legalBases(@CurrentCaller() caller: Caller, @Parent() family: FamilyOutput): Promise<LegalBasisOutput[]> {
    return this.legalBasisService.list(caller, family.id);
  }

  @Mutation(() => ConsentOutput, { description: 'The regisseur records a consent and who gave it.' })
  @Authorize(Permission.WorkWithFamilies)
  recordConsent(@CurrentCaller() caller: Caller, @Args('input') input: RecordConsentInput): Promise<ConsentOutput> {
    return this.consentService.record(caller, input);
  }

  @Mutation(() => ConsentOutput, { description: 'Adds one person’s consent: their own, or recorded by the regisseur.' })
  @Authorize(Permission.AccessFamilies)
  giveConsent(@CurrentCaller() caller: Caller, @Args('input') input: GiveConsentInput): Promise<ConsentOutput> {
    return this.consentService.give(caller, input);
  }

  @Mutation(() => ConsentOutput, { description: 'Withdraws a consent; the access it gave ends at once.' })
  @Authorize(Permission.AccessFamilies)
  withdrawConsent(@CurrentCaller() caller: Caller, @Args('input') input: WithdrawConsentInput): Promise<ConsentOutput> {
    return this.consentService.withdraw(caller, input);
  }

  @Mutation(() => LegalBasisOutput, { description: 'Records sharing without consent on a legal basis.' })
  @Authorize(Permission.WorkWithFamilies)
  recordLegalBasis(@CurrentCaller() caller: Caller, @Args('input') input: RecordLegalBasisInput): Promise<LegalBasisOutput> {
    return this.legalBasisService.record(caller, input);
  }

  @Mutation(() => LegalBasisOutput, { description: 'Records when the family was told about sharing without consent.' })
  @Authorize(Permission.WorkWithFamilies)
  recordFamilyInformed(@CurrentCaller() caller: Caller, @Args('input') input: RecordFamilyInformedInput): Promise<LegalBasisOutput> {
    return this.legalBasisService.recordFamilyInformed(caller, input);
  }

  @Mutation(() => LegalBasisOutput, { description: 'Ends a legal basis; the access it gave ends at once.' })
  @Authorize(Permission.WorkWithFamilies)
  revokeLegalBasis(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<LegalBasisOutput> {
    return this.legalBasisService.revoke(caller, id);
  }
}
