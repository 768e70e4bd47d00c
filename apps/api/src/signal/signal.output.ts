import { SignalDomain } from '@gezinsplan/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ExistingPlanOutput } from '../family/existing-plan.output';
import { SignalDomainEnum } from './signal-enums';

@ObjectType('SignalSubject', { description: 'A signalled young person: identity and address only.' })
export class SignalSubjectOutput {
  @Field(() => ID)
  id!: string;

  @Field()
  givenName!: string;

  @Field()
  familyName!: string;

  @Field()
  dateOfBirth!: string;

  @Field()
  address!: string;
}

@ObjectType('Signal', { description: 'Who is worried about a young person, in which domain, since when.' })
export class SignalOutput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  subjectId!: string;

  @Field()
  professionalName!: string;

  @Field()
  organisationName!: string;

  @Field()
  organisationType!: string;

  @Field(() => SignalDomainEnum)
  domain!: SignalDomain;

  @Field()
  contactPhone!: string;

  @Field()
  contactEmail!: string;

  @Field()
  registeredAt!: Date;

  @Field()
  expiresAt!: Date;

  @Field()
  mine!: boolean;

  @Field(() => ID, { nullable: true, description: 'The family plan started from this signal, if any.' })
  familyId!: string | null;
}

@ObjectType('SignalMatch', { description: 'A young person I signalled, with everyone else who did, and siblings.' })
export class SignalMatchOutput {
  @Field(() => SignalSubjectOutput)
  subject!: SignalSubjectOutput;

  @Field(() => [SignalOutput], { description: 'All active signals on this young person, mine included.' })
  signals!: SignalOutput[];

  @Field(() => [SignalSubjectOutput], { description: 'Siblings: same address and a shared parent, with signals of their own.' })
  siblings!: SignalSubjectOutput[];

  @Field(() => [SignalOutput])
  siblingSignals!: SignalOutput[];

  @Field({ description: 'True when another professional signalled this young person or a sibling.' })
  isMatch!: boolean;

  @Field(() => ExistingPlanOutput, {
    nullable: true,
    description: 'The young person is already in a family with an active plan: ask its regisseur to involve you, start no second plan.',
  })
  existingPlan!: ExistingPlanOutput | null;
}

@ObjectType('RegisseurProposal', { description: 'Whom the rule proposes as regisseur, and why.' })
export class RegisseurProposalOutput {
  @Field(() => SignalOutput)
  signal!: SignalOutput;

  @Field()
  reason!: string;
}

@ObjectType('Notification')
export class NotificationOutput {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'What happened; the web renders the text of a kind from its message files.' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'A text stored with the notification: signal matches, and notifications from before texts were kinds.' })
  message!: string | null;

  @Field(() => ID, { nullable: true })
  familyId!: string | null;

  @Field(() => String, { nullable: true, description: 'The family it is about, once the notification may name it.' })
  familyName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For a notification that asks for an answer (REGISSEUR_PROPOSED): how it was settled, ACCEPTED, DECLINED or WITHDRAWN; null while it stands.',
  })
  settled!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;
}
