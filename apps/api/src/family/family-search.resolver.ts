import { Permission } from '@gezinsplan/access-policy';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Authorize } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { SearchFamiliesInput } from './family-search.input';
import { FamilySearchResultOutput } from './family-search.output';
import { FamilySearchService } from './family-search.service';

@Resolver()
export class FamilySearchResolver {
  constructor(private readonly search: FamilySearchService) {}

  @Query(() => [FamilySearchResultOutput], {
    description: 'A professional searches their own families (active involvements) by family name, member name or date of birth; at most 50.',
  })
  @Authorize(Permission.WorkWithFamilies)
  searchMyFamilies(@CurrentCaller() caller: Caller, @Args('input') input: SearchFamiliesInput): Promise<FamilySearchResultOutput[]> {
    return this.search.search(caller, input.text);
  }
}
