import { Field, ObjectType } from 'type-graphql';
import { HallZone } from './hall-zone';

@ObjectType({ description: 'A registered self-service terminal or ticket machine, as it identified itself.' })
export class TerminalSession {
  @Field(() => String, { description: 'The device id, e.g. ST-F1-01.' })
  id!: string;

  @Field(() => String, { description: 'The device name, e.g. 一楼自助服务终端1号.' })
  name!: string;

  @Field(() => HallZone, { description: 'The zone it stands in; its tickets go there unless another is chosen.' })
  zone!: HallZone;
}
