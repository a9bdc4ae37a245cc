import { Field, InputType } from 'type-graphql';
import { CaseStatus } from '../enums';

@InputType({ description: 'Which cases to list; every condition given must hold.' })
export class CaseFilter {
  @Field(() => CaseStatus, { nullable: true, description: 'Only cases in this status.' })
  status?: CaseStatus | null;

  @Field(() => String, { nullable: true, description: 'Only cases for this service item.' })
  itemCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only cases this department decides.' })
  departmentCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only cases handled at this window.' })
  windowCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only cases of the person with this resident ID number (checksum validated).',
  })
  applicantIdNumber?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only cases of the enterprise with this credit code (checksum validated).',
  })
  applicantCreditCode?: string | null;
}
