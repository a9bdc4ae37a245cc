import { Field, InputType } from 'type-graphql';
import { ApplicantType, Channel } from '../enums';

@InputType({ description: 'Who applies: a person by resident ID, or an enterprise by credit code.' })
export class ApplicantInput {
  @Field(() => ApplicantType, { description: 'Person or enterprise.' })
  type!: ApplicantType;

  @Field({ description: 'The person’s name or the enterprise’s registered name.' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Resident ID number (GB 11643); required for a PERSON, checksum validated.',
  })
  idNumber?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Unified social credit code (GB 32100); required for an ENTERPRISE, checksum validated.',
  })
  creditCode?: string | null;
}

@InputType({ description: 'An application for a service item.' })
export class SubmitApplicationInput {
  @Field({
    description:
      'A key the client chooses once per application and repeats on every retry: the same key always yields the same case; reusing it for a different application is a CONFLICT.',
  })
  idempotencyKey!: string;

  @Field({ description: 'The service item applied for; the case pins its current version.' })
  itemCode!: string;

  @Field(() => ApplicantInput, { description: 'Who applies.' })
  applicant!: ApplicantInput;

  @Field(() => Channel, { description: 'Where the application comes in.' })
  channel!: Channel;

  @Field(() => String, { nullable: true, description: 'The receiving window; required for the WINDOW channel.' })
  windowCode?: string | null;

  @Field(() => String, { nullable: true, description: 'The receiving clerk; required for the WINDOW channel.' })
  clerk?: string | null;

  @Field(() => [String], { description: 'Codes of the materials handed in, as listed by the item version.' })
  materials!: string[];
}
