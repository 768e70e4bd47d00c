import { InputType } from '@nestjs/graphql';
import { OptionalText, RequiredId } from '../common/graphql/input-fields';

@InputType()
export class DeclineRegisseurHandoverInput {
  @RequiredId('The open handover proposal made to you.')
  proposalId!: string;

  @OptionalText(2000, 'Why you do not take over: the proposer reads it.')
  reason?: string;
}
