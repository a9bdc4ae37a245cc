import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { MedicalEnrolment } from '../../adapters/health-insurance';
import { readRecords } from '../../lib/auth/policies';
import { HealthInsuranceContext } from './context';
import { HEALTH_INSURANCE_KEEPER } from './record-keeper';
import { HealthInsuranceEnrolment } from './types/health-insurance-enrolment';
import { Person } from './types/person';

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => HealthInsuranceEnrolment, {
    nullable: true,
    description:
      'The person’s residents’ medical insurance (新农合 / 城乡居民医保) enrolment; null when not enrolled, or — with an error ' +
      'coded LEGACY_* and `system: "health-insurance"` — when the township system cannot answer. FORBIDDEN unless the caller is the person or of 文澜镇.',
  })
  async healthInsurance(
    @Root() person: Person,
    @Ctx() context: HealthInsuranceContext,
  ): Promise<MedicalEnrolment | null> {
    await readRecords(context, { type: 'Person', key: person.idNumber }, HEALTH_INSURANCE_KEEPER, 'healthInsurance');
    return context.enrolments.load(person.idNumber);
  }
}
