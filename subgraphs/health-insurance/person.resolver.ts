import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { MedicalEnrolment } from '../../adapters/health-insurance';
import { HealthInsuranceContext } from './context';
import { HealthInsuranceEnrolment } from './types/health-insurance-enrolment';
import { Person } from './types/person';

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => HealthInsuranceEnrolment, {
    nullable: true,
    description:
      'The person’s residents’ medical insurance (新农合 / 城乡居民医保) enrolment; null when not enrolled, or — with an error ' +
      'coded LEGACY_* and `system: "health-insurance"` — when the township system cannot answer.',
  })
  healthInsurance(
    @Root() person: Person,
    @Ctx() { enrolments }: HealthInsuranceContext,
  ): Promise<MedicalEnrolment | null> {
    return enrolments.load(person.idNumber);
  }
}
