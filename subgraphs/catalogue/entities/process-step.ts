import { Entity, ManyToOne, PrimaryKey, Property, Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { ServiceItem } from './service-item';

@ObjectType({ description: "One step of an item's handling process (办理流程)." })
@Entity({ tableName: 'process_step' })
export class ProcessStep {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id: number;

  @ManyToOne(() => ServiceItem, { ref: true })
  item: Ref<ServiceItem>;

  @Field(() => Int, { description: 'Position in the process, from 1.' })
  @Property({ type: 'integer' })
  position: number;

  @Field(() => String, { description: 'Step name in Chinese, e.g. 受理, 审查, 决定, 送达.' })
  @Property({ type: 'string', length: 100 })
  name: string;

  @Field(() => String, { description: 'Who carries it out, e.g. 综合受理窗口, 市林业局资源管理股.' })
  @Property({ type: 'string', length: 100 })
  actor: string;

  @Field(() => Int, { description: 'Working days the step may take (0 = the same day).' })
  @Property({ type: 'integer' })
  workingDays: number;

  @Field(() => String, { description: 'What happens in the step.' })
  @Property({ type: 'text' })
  description: string;
}
