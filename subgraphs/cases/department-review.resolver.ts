import { FieldResolver, Resolver, Root } from 'type-graphql';
import { CaseDepartment } from './entities';
import { Department } from './types/department';

@Resolver(() => CaseDepartment)
export class DepartmentReviewResolver {
  @FieldResolver(() => Department, { description: 'The deciding department.' })
  department(@Root() review: CaseDepartment): Department {
    return { code: review.departmentCode };
  }
}
