import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A ticket to take: for a zone, for one window, or for the device’s own zone.' })
export class TakeTicketInput {
  @Field(() => String, {
    nullable: true,
    description: 'The hall zone to queue in; the terminal’s own zone when neither this nor windowCode is given.',
  })
  zoneCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'One window to queue for (e.g. a department window for an immediate item); not with zoneCode.',
  })
  windowCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The holder’s resident ID, so the clerk sees their cases when the ticket is called.',
  })
  idNumber?: string | null;
}
